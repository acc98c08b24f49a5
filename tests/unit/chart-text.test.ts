/**
 * Chart text a reader can read in any script: legends and axes are SVG <text> in the
 * page's own fonts (a Japanese series label was a row of empty boxes when text was
 * drawn with the bundled Latin font), laid out with room for wide characters, and the
 * month axis names the year wherever it changes.
 */
import { describe, expect, it } from 'vitest';
import { tickLabels } from '../../src/lib/metrics/axis-ticks.ts';
import { createFormats } from '../../src/i18n/formats.ts';
import { renderChartSvg, type ChartSpec } from '../../src/lib/metrics/render-chart.ts';

const months = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const spec: ChartSpec = {
  kind: 'stacked',
  months,
  datasets: [
    { label: '東京', values: months.map((_, i) => i) },
    { label: 'Москва', values: months.map(() => 3) },
    { label: '서울 Ελλάδα القاهرة Zoë', values: months.map(() => 2) },
  ],
  target: { value: 30, label: 'Target 30 by Jun 2027' },
  width: 720,
  height: 300,
  locale: 'en',
};

/** The chart's text elements: their x and what they say. */
const texts = (svg: string) => [...svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), text: m[2]! }));

describe('chart text', () => {
  const svg = renderChartSvg(spec);

  it('is SVG text in any script, in the page font, once each', () => {
    const legend = texts(svg).map((t) => t.text);
    for (const label of ['東京', 'Москва', '서울 Ελλάδα القاهرة Zoë', 'Target 30 by Jun 2027']) expect(legend.filter((t) => t === label)).toHaveLength(1);
    expect(svg).toMatch(/<g font-family="system-ui[^"]*sans-serif">/);
  });

  it('leaves each legend entry room for its wide characters', () => {
    const legend = texts(svg).filter((t) => ['東京', 'Москва'].includes(t.text));
    // Two CJK characters at 12 px need 24 px, plus the next entry's key and gap.
    expect(legend[1]!.x - legend[0]!.x).toBeGreaterThanOrEqual(24 + 14);
  });

  it('is the same bytes every time', () => {
    expect(renderChartSvg(spec)).toBe(svg);
  });

  it("writes the year on the axis wherever it changes among the labels shown", () => {
    const axis = texts(svg).map((t) => t.text).filter((t) => /^[A-Z][a-z]{2}( \d{4})?$/.test(t));
    expect(axis[0]).toMatch(/ 2025$/);
    expect(axis).toContain(axis.find((t) => t.endsWith('2026')));
    expect(axis.at(-1)).toMatch(/^Dec/);
  });
});

describe('tickLabels', () => {
  it('keeps the latest month and adds the year where it changes, even when January is left out', () => {
    const en = createFormats('en');
    expect(tickLabels(months, 8, en).filter(Boolean)).toEqual(['Mar 2025', 'Jun', 'Sep', 'Dec', 'Mar 2026', 'Jun', 'Sep', 'Dec']);
    expect(tickLabels(months.slice(0, 3), 8, en)).toEqual(['Jan 2025', 'Feb', 'Mar']);
  });

  it('names the months in the chart\'s language', () => {
    expect(tickLabels(months.slice(0, 3), 8, createFormats('ja'))).toEqual(['2025年1月', '2月', '3月']);
    expect(tickLabels(months.slice(0, 3), 8, createFormats('de'))).toEqual(['Jan. 2025', 'Feb', 'Mär']);
  });
});

describe('e-mail chart images', () => {
  it('draw and measure a label the bundled font cannot write in an installed CJK font, and the rest as before', async () => {
    const { createCanvas, GlobalFonts } = await import('@napi-rs/canvas');
    const { createRequire } = await import('node:module');
    // Stands in for an installed CJK font: only the family name matters here.
    GlobalFonts.registerFromPath(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), 'Noto Sans CJK JP');
    const { withFallbackFont } = await import('../../src/lib/metrics/png-fonts.ts');
    const ctx = createCanvas(100, 20).getContext('2d');
    ctx.font = '12px DejaVu Sans';
    const bundled = ctx.font;
    const used: string[] = [];
    ctx.fillText = () => void used.push(ctx.font);
    const wrapped = withFallbackFont(ctx, (text) => /[東京]/.test(text));
    wrapped.fillText('東京', 0, 10);
    wrapped.fillText('Москва', 0, 10);
    expect(used).toEqual(['12px "Noto Sans CJK JP"', bundled]);
    expect(ctx.font).toBe(bundled);
  });
});
