/**
 * Text in the e-mail digest's chart images. An image carries its own pixels, so the
 * reader's fonts cannot help as they do in the web page's SVG (svg-text.ts), and the
 * canvas does not fall back from the bundled font glyph by glyph: "東京" in DejaVu Sans
 * is two empty boxes. So a label the bundled font cannot write is drawn whole in the
 * first installed font known to cover East Asian scripts (these also cover Latin,
 * Greek and Cyrillic). Without one, the boxes remain: install fonts-noto-cjk (Debian)
 * on the machine that runs `npm run digest`.
 */
import { GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

/** Families that cover CJK, most complete first, as fontconfig names them. */
const wideFamilies = ['Noto Sans CJK JP', 'Noto Sans CJK SC', 'Noto Sans CJK KR', 'Source Han Sans', 'Noto Sans JP', 'IPAexGothic', 'IPAGothic', 'NanumGothic', 'WenQuanYi Micro Hei', 'Droid Sans Fallback'];

let fallback: string | null | undefined;
function fallbackFamily(): string | undefined {
  if (fallback === undefined) {
    const installed = new Set(GlobalFonts.families.map((f) => f.family));
    fallback = wideFamilies.find((family) => installed.has(family)) ?? null;
  }
  return fallback ?? undefined;
}

/**
 * Wraps `ctx` so fillText of a label the bundled font lacks glyphs for switches to the
 * fallback family for that label. `missing(text)` says whether it lacks any.
 */
export function withFallbackFont(ctx: SKRSContext2D, missing: (text: string) => boolean): SKRSContext2D {
  const family = fallbackFamily();
  if (!family) return ctx;
  // Drawn and measured (for the legend's spacing) in the same font.
  const inFallback = <T>(text: string, draw: () => T): T => {
    if (!missing(String(text))) return draw();
    const font = ctx.font;
    ctx.font = font.replace(/(\d+(?:\.\d+)?px)\s.*$/, `$1 "${family}"`);
    try {
      return draw();
    } finally {
      ctx.font = font;
    }
  };
  const fillText = ctx.fillText.bind(ctx);
  const measureText = ctx.measureText.bind(ctx);
  ctx.fillText = (text: string, x: number, y: number, maxWidth?: number) => inFallback(text, () => fillText(text, x, y, maxWidth));
  ctx.measureText = (text: string) => inFallback(text, () => measureText(text));
  return ctx;
}
