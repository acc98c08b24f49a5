/**
 * Turns a metric's data points into one figure per month (charts, tables) and per
 * longer period (cards). How points combine is the definition's `aggregation`:
 * `sum` for things that happen (sign-ups), `last` for levels (subscribers), `mean`
 * for scores. Months are `YYYY-MM` strings: no time zones, sort as text.
 */
import type { DataPoint } from './csv.ts';

export type Aggregation = 'sum' | 'last' | 'mean';

/** One period's figure. */
export interface PeriodValue {
  /** `YYYY-MM` for months. */
  period: string;
  value: number;
}

/** `2026-03` from `2026-03-31`. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The month `offset` months after `month` (`YYYY-MM`), negative for before. */
export function addMonths(month: string, offset: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from `a` to `b` (`YYYY-MM`); positive when `b` is later. */
export function monthsBetween(a: string, b: string): number {
  const [ay, am] = a.split('-').map(Number) as [number, number];
  const [by, bm] = b.split('-').map(Number) as [number, number];
  return (by - ay) * 12 + (bm - am);
}

/** Every month from `first` to `last` inclusive. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** Combine values of one series within one period. Points must be in date order. */
function combine(values: number[], aggregation: Aggregation): number {
  if (aggregation === 'sum') return values.reduce((a, b) => a + b, 0);
  if (aggregation === 'last') return values[values.length - 1]!;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * One value per period and series. `periodOf` maps a date to its period key.
 * Returns series name ('' when the file has none) → period → value. Charts and
 * `npm run metrics:pull` (which writes one row per period) both combine this way.
 */
export function bySeriesAndPeriod(points: readonly DataPoint[], aggregation: Aggregation, periodOf: (date: string) => string) {
  const grouped = new Map<string, Map<string, number[]>>();
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  for (const point of sorted) {
    const series = point.series ?? '';
    const periods = grouped.get(series) ?? new Map<string, number[]>();
    grouped.set(series, periods);
    const key = periodOf(point.date);
    periods.set(key, [...(periods.get(key) ?? []), point.value]);
  }
  const result = new Map<string, Map<string, number>>();
  for (const [series, periods] of grouped) {
    result.set(series, new Map([...periods].map(([p, values]) => [p, combine(values, aggregation)])));
  }
  return result;
}

/**
 * The total per period across all series, oldest first. Series add up for `sum` and
 * `last` (subscribers per region add to all subscribers); `mean` averages the series.
 */
export function aggregateTotal(points: readonly DataPoint[], aggregation: Aggregation, periodOf: (date: string) => string = monthOf): PeriodValue[] {
  const perSeries = bySeriesAndPeriod(points, aggregation, periodOf);
  const totals = new Map<string, number[]>();
  for (const periods of perSeries.values()) {
    for (const [period, value] of periods) totals.set(period, [...(totals.get(period) ?? []), value]);
  }
  return [...totals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, values]) => ({ period, value: aggregation === 'mean' ? combine(values, 'mean') : combine(values, 'sum') }));
}

/**
 * Per-series monthly values, for stacked bars: values aligned to `periods`, series in the
 * order the points first name them (the data file's order, see csv.ts), so a chart's
 * legend reads like the CSV.
 */
export function aggregateBySeries(points: readonly DataPoint[], aggregation: Aggregation, periods: readonly string[], periodOf: (date: string) => string = monthOf): Array<{ series: string; values: number[] }> {
  const perSeries = bySeriesAndPeriod(points, aggregation, periodOf);
  return [...perSeries]
    .filter(([series]) => series !== '')
    .map(([series, values]) => ({ series, values: periods.map((p) => values.get(p) ?? 0) }));
}

/** `2026-Q1` for any date in January to March. */
export const quarterOf = (date: string): string => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/** `2026` for any date in 2026. */
export const yearOf = (date: string): string => date.slice(0, 4);
