/**
 * Which charts the e-mail carries and what they are called: one PNG per headline
 * metric, named after it, with a text alternative that says what the chart shows, in
 * the digest's language. Pure; `npm run digest` draws them with `renderChartPng`.
 */
import type { I18n } from '../../i18n/i18n.ts';
import type { ChartSpec } from '../metrics/render-chart.ts';
import type { EmailChart } from './email-html.ts';
import type { Digest } from './model.ts';

export interface PlannedChart extends EmailChart {
  spec: ChartSpec;
}

const kindKey = { bar: 'digest.chartKind.bar', stacked: 'digest.chartKind.stacked', line: 'digest.chartKind.line', sparkline: 'digest.chartKind.line' } as const;

export function plannedCharts(digest: Digest, { t, f }: Pick<I18n, 't' | 'f'>): PlannedChart[] {
  return digest.metrics.flatMap((metric) => {
    const spec = metric.chart;
    if (!spec) return [];
    const alt = t('digest.chartAlt', { kind: t(kindKey[spec.kind]), metric: metric.name, count: spec.months.length, month: f.month(digest.month), summary: metric.summary });
    return [{ metricId: metric.id, src: `chart-${metric.id}.png`, width: spec.width, height: spec.height, alt, spec }];
  });
}
