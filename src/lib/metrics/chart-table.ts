/**
 * A chart's data as a table: the accessible equivalent of the picture, and what
 * people copy into a slide. One row per month, a column per series plus the total.
 */
import type { MetricView } from './metric-view.ts';
import { formatValue, monthLabel } from './summary.ts';
import type { PeriodValue } from './aggregate.ts';

export interface DataTable {
  caption: string;
  columns: string[];
  /** Cells as displayed; the first is the row header (the month). */
  rows: string[][];
}

const cell = (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatValue(value));

/** A metric's monthly data, newest month first (the one readers look for). */
export function metricTable(view: MetricView): DataTable {
  const series = view.breakdown.length > 1 ? view.breakdown : [];
  const totalLabel = series.length ? (view.data.aggregation === 'mean' ? 'Average' : 'Total') : `Value (${view.data.unit})`;
  const rows = view.months.map((month, i) => [monthLabel(month), ...series.map((s) => cell(s.values[i])), cell(view.values[i])]).reverse();
  return { caption: `${view.data.title} per month (${view.data.unit})`, columns: ['Month', ...series.map((s) => s.series), totalLabel], rows };
}

/** A derived monthly series (engagements, events) as a table. */
export function seriesTable(caption: string, valueLabel: string, series: readonly PeriodValue[]): DataTable {
  return { caption, columns: ['Month', valueLabel], rows: [...series].reverse().map((p) => [monthLabel(p.period), cell(p.value)]) };
}
