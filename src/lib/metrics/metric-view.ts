/**
 * Everything a page shows about one metric, computed once per build from its
 * definition and data points: monthly figures, breakdown by series, card figures,
 * health, the summary sentence and the chart specs. Pages render this; they never
 * aggregate.
 */
import type { I18n } from '../../i18n/i18n.ts';
import type { Metric } from '../../schemas/metrics.ts';
import { aggregateBySeries, aggregateTotal, monthRange, type PeriodValue } from './aggregate.ts';
import type { DataPoint } from './csv.ts';
import { healthOf, type HealthResult, type Target } from './health.ts';
import type { ChartSpec } from './render-chart.ts';
import { figuresOf, formatTarget, summarySentence, type MetricFigures } from './summary.ts';
import { isoDay } from '../dates.ts';
import { stalenessOf, type Staleness } from './staleness.ts';

export interface MetricView {
  id: string;
  data: Metric;
  target?: Target;
  points: DataPoint[];
  /** Every month from the first data point to the last. */
  months: string[];
  /** The total per month, aligned to `months`; null where a level or score was not measured. */
  values: Array<number | null>;
  /** Months that have a value, oldest first. */
  monthly: PeriodValue[];
  /** Per-series values aligned to `months`, when the data has a `series` column. */
  breakdown: Array<{ series: string; values: number[] }>;
  figures: MetricFigures;
  health: HealthResult;
  /** The chart's text alternative. */
  summary: string;
  /** Whether data has stopped arriving (staleness.ts). */
  staleness: Staleness;
}

/** Build the view of one metric, as seen from `now` (the build's date), its words in `i18n`'s language. */
export function metricView(id: string, data: Metric, points: readonly DataPoint[], now: Date, i18n: I18n): MetricView {
  const totals = aggregateTotal(points, data.aggregation);
  const months = totals.length ? monthRange(totals[0]!.period, totals.at(-1)!.period) : [];
  const byMonth = new Map(totals.map((t) => [t.period, t.value]));
  // Nothing counted in a month is zero; a level nobody measured is unknown.
  const values = months.map((m) => byMonth.get(m) ?? (data.aggregation === 'sum' ? 0 : null));
  const monthly = months.flatMap((period, i) => (values[i] === null ? [] : [{ period, value: values[i]! }]));
  const target = data.target ? { value: data.target.value, by: isoDay(data.target.by) } : undefined;
  return {
    id,
    data,
    target,
    points: [...points],
    months,
    values,
    monthly,
    breakdown: aggregateBySeries(points, data.aggregation, months),
    figures: figuresOf(monthly),
    health: healthOf(monthly, target, data.direction, isoDay(now).slice(0, 7)),
    summary: summarySentence(data.title, data.unit, monthly, target, i18n),
    staleness: stalenessOf(points.reduce<string | undefined>((latest, p) => (latest && latest > p.date ? latest : p.date), undefined), data.cadence, data.grace, isoDay(now)),
  };
}

/** Target legend text: "Target 5,000 by Jun 2027". */
export const targetLabel = (target: Target, i18n: I18n): string => i18n.t('metrics.targetLine', { target: formatTarget(target, i18n) });

/**
 * The metric page's chart: stacked bars for a breakdown by series, bars for counts
 * per month (`sum`), a line for levels and scores; the target drawn as a dashed line.
 */
export function detailChart(view: MetricView, i18n: I18n, size = { width: 720, height: 300 }): ChartSpec {
  const target = view.target ? { value: view.target.value, label: targetLabel(view.target, i18n) } : undefined;
  const common = { months: view.months, target, locale: i18n.locale, ...size };
  if (view.breakdown.length > 1 && view.data.aggregation !== 'mean') {
    return { kind: 'stacked', datasets: view.breakdown.map((b) => ({ label: b.series, values: b.values })), ...common };
  }
  return { kind: view.data.aggregation === 'sum' ? 'bar' : 'line', datasets: [{ label: view.data.title, values: view.values }], ...common };
}

/**
 * A card's sparkline: the last 12 months of totals, no axes. Drawn about as wide as a
 * card's content (the card scales it to its width, so its lines keep their weight).
 */
export function sparkline(view: MetricView, locale: string, size = { width: 280, height: 56 }): ChartSpec {
  const recent = view.values.slice(-12);
  return { kind: 'sparkline', months: view.months.slice(-12), datasets: [{ label: view.data.title, values: recent }], locale, ...size };
}
