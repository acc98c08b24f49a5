/**
 * Build-time charts: the same spec gives the same bytes (so caching by hash is
 * safe), colours carry theme classes, the cache returns what it stored, and the
 * table and text alternative say what the chart shows.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartCacheStats, chartSvg } from '../../src/lib/metrics/chart-cache.ts';
import { classifyColours } from '../../src/lib/metrics/chart-palette.ts';
import { metricTable } from '../../src/lib/metrics/chart-table.ts';
import { detailChart, metricView, sparkline } from '../../src/lib/metrics/metric-view.ts';
import { renderChartSvg, type ChartSpec } from '../../src/lib/metrics/render-chart.ts';
import { metricSchema } from '../../src/schemas/metrics.ts';
import { createI18n, english } from '../../src/i18n/i18n.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
const definition = metricSchema.parse({
  title: 'Forum users',
  description: 'People active on the forum.',
  unit: 'users',
  source: 'Discourse admin export',
  owner: 'ana-ruiz',
  aggregation: 'last',
  target: { value: 200, by: '2026-12-31' },
});
const now = new Date('2026-05-10T00:00:00Z');
const points = months.map((m, i) => ({ date: `${m}-28`, value: 100 + i * 20 }));
const view = metricView('forum-users', definition, points, now, english);

describe('renderChartSvg', () => {
  const spec: ChartSpec = { kind: 'line', months: ['2026-01', '2026-02', '2026-03'], datasets: [{ label: 'Users', values: [1, 3, 2] }], target: { value: 4, label: 'Target 4' }, width: 480, height: 240, locale: 'en' };

  it('gives the same bytes for the same data, whatever was drawn before', () => {
    const first = renderChartSvg(spec);
    renderChartSvg({ ...spec, kind: 'bar' });
    const second = renderChartSvg(spec);
    expect(sha(second)).toBe(sha(first));
    expect(renderChartSvg({ ...spec, datasets: [{ label: 'Users', values: [1, 3, 3] }] })).not.toBe(first);
  });

  it('is a scalable SVG with no script, no style attribute and theme classes on colours', () => {
    const svg = renderChartSvg(spec);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 480 240"/);
    expect(svg).not.toMatch(/<script|<\?xml|\sstyle=/);
    expect(svg).toContain('class="s-s1"');
    expect(svg).toContain('f-ink');
    expect(svg).toContain('f-target');
  });

  it('writes coordinates with at most one decimal, and none for whole numbers', () => {
    const svg = renderChartSvg(spec);
    // Hundreds of coordinates are what make the bytes.
    expect(svg.match(/\d\.\d/g)?.length).toBeGreaterThan(20);
    expect(svg).not.toMatch(/\d\.\d\d/);
    expect(svg).not.toMatch(/\d\.0(?!\d)/);
  });

  it('draws every kind', () => {
    for (const kind of ['bar', 'stacked', 'sparkline'] as const) {
      expect(renderChartSvg({ ...spec, kind, datasets: [...spec.datasets, { label: 'B', values: [2, 2, 2] }] })).toMatch(/^<svg/);
    }
  });
});

describe('classifyColours', () => {
  it('adds a class per palette colour and keeps the attribute as fallback', () => {
    expect(classifyColours('<path fill="#1D5FBF" stroke="#dedad3" d="M0 0"/><path fill="#123456"/>')).toBe(
      '<path fill="#1D5FBF" stroke="#dedad3" d="M0 0" class="f-s1 s-grid"/><path fill="#123456"/>',
    );
  });
});

describe('chart cache', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chart-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a chart once and reads it from disk afterwards', () => {
    const spec = sparkline(view, 'en');
    const before = { ...chartCacheStats };
    const cold = chartSvg(spec, dir);
    const warm = chartSvg(spec, dir);
    expect(warm).toBe(cold);
    expect(chartCacheStats.misses - before.misses).toBe(1);
    expect(chartCacheStats.hits - before.hits).toBe(1);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.svg$/)]);
  });
});

describe('metric view, table and text alternative', () => {
  it('summarises the metric in one sentence and judges its health', () => {
    expect(view.summary).toBe('Forum users rose 60% since January 2026 to 160 users in April 2026, target 200 by Dec 2026.');
    expect(view.health.health).toBe('on-track');
    expect(view.figures.latest).toEqual({ period: '2026-04', value: 160 });
  });

  it('lists every month, newest first', () => {
    expect(metricTable(view, english)).toEqual({
      caption: 'Forum users per month (users)',
      columns: ['Month', 'Value (users)'],
      rows: [['April 2026', '160'], ['March 2026', '140'], ['February 2026', '120'], ['January 2026', '100']],
    });
  });

  it('uses stacked bars and per-series columns for a breakdown, in the data\'s order', () => {
    const sum = metricSchema.parse({ ...definition, aggregation: 'sum', target: undefined });
    const split = metricView('x', sum, [
      { date: '2026-01-31', value: 3, series: 'EMEA' },
      { date: '2026-01-31', value: 4, series: 'APAC' },
      { date: '2026-03-31', value: 5, series: 'EMEA' },
    ], now, english);
    expect(detailChart(split, english).kind).toBe('stacked');
    expect(metricTable(split, english)).toMatchObject({
      columns: ['Month', 'EMEA', 'APAC', 'Total'],
      rows: [['March 2026', '5', '0', '5'], ['February 2026', '0', '0', '0'], ['January 2026', '3', '4', '7']],
    });
    expect(detailChart(view, english)).toMatchObject({ kind: 'line', months, locale: 'en', target: { value: 200, label: 'Target 200 by Dec 2026' } });
  });

  it('says it all in the site\'s language: sentence, table, legend and axis', () => {
    const ja = createI18n('ja');
    const japanese = metricView('forum-users', metricSchema.parse({ ...definition, title: 'フォーラム利用者', unit: '{count}人' }), points, now, ja);
    expect(japanese.summary).toContain('160人');
    expect(japanese.summary).toContain('2026年4月');
    expect(metricTable(japanese, ja).rows[0]).toEqual(['2026年4月', '160']);
    const chart = detailChart(japanese, ja);
    expect(chart.locale).toBe('ja');
    expect(chart.target?.label).not.toContain('Target');
    const svg = renderChartSvg(chart);
    expect(svg).toContain('2026年1月');
    expect(svg).not.toMatch(/>Jan</);
    const de = createI18n('de');
    const german = metricView('x', metricSchema.parse({ ...definition, unit: { one: 'Nutzer', other: 'Nutzer' } }), [{ date: '2026-01-28', value: 6034 }, { date: '2026-02-28', value: 6500 }], now, de);
    expect(german.summary).toContain('6.500 Nutzer');
  });
});
