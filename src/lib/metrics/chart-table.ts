/**
 * A chart's data as a table: the accessible equivalent of the picture, and what
 * people copy into a slide. One row per month, a column per series plus the total,
 * in the site's language.
 */
import type { I18n } from '../../i18n/i18n.ts';
import type { MetricView } from './metric-view.ts';
import type { PeriodValue } from './aggregate.ts';
import { unitName } from './units.ts';

export interface DataTable {
  caption: string;
  columns: string[];
  /** Cells as displayed; the first is the row header (the month). */
  rows: string[][];
}

const cell = (value: number | null | undefined, { t, f }: Pick<I18n, 't' | 'f'>) => (value === null || value === undefined ? t('facts.noValue') : f.value(value));

/** A metric's monthly data, newest month first (the one readers look for). */
export function metricTable(view: MetricView, i18n: I18n): DataTable {
  const { t, f } = i18n;
  const unit = unitName(view.data.unit);
  const series = view.breakdown.length > 1 ? view.breakdown : [];
  const totalLabel = series.length ? t(view.data.aggregation === 'mean' ? 'metrics.table.average' : 'metrics.table.total') : t('metrics.table.value', { unit });
  const rows = view.months.map((month, i) => [f.month(month), ...series.map((s) => cell(s.values[i], i18n)), cell(view.values[i], i18n)]).reverse();
  return { caption: t('metrics.table.caption', { title: view.data.title, unit }), columns: [t('metrics.table.month'), ...series.map((s) => s.series), totalLabel], rows };
}

/** A derived monthly series (engagements, events) as a table. */
export function seriesTable(caption: string, valueLabel: string, series: readonly PeriodValue[], i18n: I18n): DataTable {
  return { caption, columns: [i18n.t('metrics.table.month'), valueLabel], rows: [...series].reverse().map((p) => [i18n.f.month(p.period), cell(p.value, i18n)]) };
}
