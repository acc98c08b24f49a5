/**
 * Which charts the e-mail carries and what they are called: one PNG per headline
 * metric, named after it, with a text alternative that says what the chart shows.
 * Pure; `npm run digest` draws them with `renderChartPng`.
 */
import type { ChartSpec } from '../metrics/render-chart.ts';
import type { EmailChart } from './email-html.ts';
import type { Digest } from './model.ts';
import { monthLabel } from './format.ts';

export interface PlannedChart extends EmailChart {
  spec: ChartSpec;
}

const kindWords: Record<ChartSpec['kind'], string> = {
  bar: 'Bar chart',
  stacked: 'Stacked bar chart',
  line: 'Line chart',
  sparkline: 'Line chart',
};

export function plannedCharts(digest: Digest): PlannedChart[] {
  return digest.metrics.flatMap((metric) => {
    const spec = metric.chart;
    if (!spec) return [];
    const months = spec.labels.length;
    const alt = `${kindWords[spec.kind]} of ${metric.name} per month, the ${months} months to ${monthLabel(digest.month)}. ${metric.summary}`;
    return [{ metricId: metric.id, src: `chart-${metric.id}.png`, width: spec.width, height: spec.height, alt, spec }];
  });
}
