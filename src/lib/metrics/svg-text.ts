/**
 * Chart text as real SVG <text>, drawn by the reader's own fonts, so a legend in
 * Japanese, Korean, Cyrillic, Greek or Arabic shows in any script the reader's system
 * can show (the page's own text depends on the same fonts). The bundled font, which
 * has no CJK glyphs, drew "東京" as empty boxes when text was converted to paths, and a
 * font covering every script would weigh tens of megabytes.
 *
 * Chart.js lays out (legend rows, axis widths) from measureText at build time, so the
 * measuring context estimates widths on the generous side: the bundled DejaVu Sans,
 * wider than most system fonts, for the scripts it covers, and a full em for wide
 * characters (CJK, kana, Hangul, fullwidth forms). Text is anchored where Chart.js
 * aligns it (start, middle or end), so a reader's narrower font never overflows.
 * Deterministic: positions rounded, attributes in a fixed order.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';

/** East Asian wide and fullwidth characters: about one em each in any font. */
const wide = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** The font stack chart text asks the reader's browser for: the page's own. */
export const chartFontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const anchors: Record<string, string> = { left: 'start', start: 'start', center: 'middle', right: 'end', end: 'end' };
/** Canvas baselines as SVG dominant-baseline values ('alphabetic' is the default). */
const baselines: Record<string, string | undefined> = { top: 'text-before-edge', hanging: 'hanging', middle: 'central', bottom: 'text-after-edge', ideographic: 'ideographic', alphabetic: undefined };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (n: number) => String(Math.round(n * 10) / 10);

/** `12px Foo` or `bold 12px Foo` → size in pixels and weight. */
function fontOf(font: string): { size: number; bold: boolean } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  return { size, bold: /\b(bold|[6-9]00)\b/.test(font) };
}

export interface TextRecorder {
  /** The context to give Chart.js: draws shapes, records text, measures generously. */
  context: SKRSContext2D;
  /** The recorded text as SVG elements, in drawing order. */
  svg(): string;
}

export function recordText(ctx: SKRSContext2D): TextRecorder {
  const recorded: string[] = [];
  const widths = new Map<string, number>();
  const notdef = ctx.measureText('\u{10fffd}').width;

  const measure = (text: string): number => {
    const { size } = fontOf(ctx.font);
    let width = 0;
    for (const char of text) {
      const key = `${ctx.font}\n${char}`;
      let w = widths.get(key);
      if (w === undefined) {
        const measured = ctx.measureText(char).width;
        // A character the bundled font lacks measures as its empty box: guess 0.8 em.
        w = wide.test(char) ? size : measured === notdef && char.trim() ? size * 0.8 : measured;
        widths.set(key, w);
      }
      width += w;
    }
    return width;
  };

  const fillText = (text: string, x: number, y: number): void => {
    if (!String(text).trim()) return;
    const m = ctx.getTransform();
    const { size, bold } = fontOf(ctx.font);
    const attributes = [
      `x="${round(m.a * x + m.c * y + m.e)}"`,
      `y="${round(m.b * x + m.d * y + m.f)}"`,
      `fill="${String(ctx.fillStyle)}"`,
      `font-size="${round(size)}"`,
      ...(bold ? ['font-weight="bold"'] : []),
      ...(anchors[ctx.textAlign] && anchors[ctx.textAlign] !== 'start' ? [`text-anchor="${anchors[ctx.textAlign]}"`] : []),
      ...(baselines[ctx.textBaseline] ? [`dominant-baseline="${baselines[ctx.textBaseline]}"`] : []),
    ];
    // Rotated text (Chart.js rotates crowded axis labels) keeps its rotation.
    if (m.b !== 0 || m.c !== 0) attributes.push(`transform="rotate(${round((Math.atan2(m.b, m.a) * 180) / Math.PI)} ${attributes[0]!.slice(3, -1)} ${attributes[1]!.slice(3, -1)})"`);
    recorded.push(`<text ${attributes.join(' ')}>${escape(String(text))}</text>`);
  };

  // Chart.js asks the context for its canvas and the canvas for its context again, so
  // both must hand out the recording one.
  let canvas: unknown;
  // Chart.js calls the context thousands of times a chart: bind each method once.
  const bound = new Map<PropertyKey, unknown>([
    ['fillText', fillText],
    ['strokeText', () => {}],
    ['measureText', (text: string) => ({ ...pick(ctx.measureText(text)), width: measure(String(text)) })],
  ]);
  const context: SKRSContext2D = new Proxy(ctx, {
    get(target, property) {
      if (property === 'canvas') return canvas;
      const own = bound.get(property);
      if (own) return own;
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      bound.set(property, method);
      return method;
    },
    set(target, property, value) {
      return Reflect.set(target, property, value, target);
    },
  });

  canvas = new Proxy(ctx.canvas, {
    get(target, property) {
      if (property === 'getContext') return () => context;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set(target, property, value) {
      return Reflect.set(target, property, value, target);
    },
  });

  return {
    context,
    svg: () => (recorded.length ? `<g font-family="${escape(chartFontFamily)}">${recorded.join('')}</g>` : ''),
  };
}

/** The numeric fields of a TextMetrics (its getters do not survive a spread). */
function pick(metrics: TextMetrics): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of ['actualBoundingBoxAscent', 'actualBoundingBoxDescent', 'actualBoundingBoxLeft', 'actualBoundingBoxRight', 'fontBoundingBoxAscent', 'fontBoundingBoxDescent'] as const) out[key] = metrics[key];
  return out;
}
