/**
 * Words and numbers about a metric: the figures on its card and the one-sentence
 * text alternative of its chart ("Forum MAU rose 38% in the last 12 months to 4,210,
 * target 5,000 by Jun 2027"). Kept apart from rendering so tests read them directly.
 */
import { addMonths, type PeriodValue } from './aggregate.ts';
import type { Target } from './health.ts';

const smallFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const largeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `4,210`; one decimal below 100, for scores like 4.3 out of 5. */
export const formatValue = (value: number): string => (Math.abs(value) >= 100 ? largeFormat : smallFormat).format(value);

/** `+12%`, `−3%` (true minus sign), `0%`; undefined when there is nothing to compare with. */
export function formatChange(change: number | undefined): string | undefined {
  if (change === undefined || !Number.isFinite(change)) return undefined;
  const rounded = Math.round(change * 100);
  if (rounded === 0) return '0%';
  return `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded)}%`;
}

/** Relative change from `before` to `after`, or undefined when `before` is zero or missing. */
export function relativeChange(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined || after === undefined || before === 0) return undefined;
  return (after - before) / Math.abs(before);
}

export interface MetricFigures {
  latest?: PeriodValue;
  previous?: PeriodValue;
  /** Change from the previous month to the latest. */
  change?: number;
  /** The value 12 months before the latest, if the data goes back that far. */
  yearAgo?: PeriodValue;
  /** Change over the last 12 months. */
  yearChange?: number;
}

/** Latest value, change vs the previous month and vs a year before. */
export function figuresOf(monthly: readonly PeriodValue[]): MetricFigures {
  const latest = monthly.at(-1);
  const previous = monthly.at(-2);
  const yearAgo = latest ? monthly.find((m) => m.period === addMonths(latest.period, -12)) : undefined;
  return {
    latest,
    previous,
    change: relativeChange(previous?.value, latest?.value),
    yearAgo,
    yearChange: relativeChange(yearAgo?.value, latest?.value),
  };
}

// Built once: toLocaleString with options builds a formatter per call, and charts and
// tables label every month of every metric.
const monthFormats = {
  long: new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  short: new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** `March 2026` from `2026-03`. */
export function monthLabel(period: string, style: 'long' | 'short' = 'long'): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return monthFormats[style].format(new Date(Date.UTC(y, m - 1, 1)));
}

/**
 * A target as every page, card, chart legend and e-mail writes it: `5,000 by Jun 2027`.
 * The month is what counts: health judges the pace to the target's month (health.ts).
 */
export const formatTarget = (target: Target): string => `${formatValue(target.value)} by ${monthLabel(target.by.slice(0, 7), 'short')}`;

/**
 * One sentence for screen readers, e-mail and anyone skimming:
 * "Forum MAU rose 38% in the last 12 months to 4,210 users, target 5,000 by Jun 2027."
 */
export function summarySentence(title: string, unit: string, monthly: readonly PeriodValue[], target?: Target): string {
  const { latest, yearAgo, yearChange } = figuresOf(monthly);
  if (!latest) return `${title}: no data yet.`;
  const first = monthly[0]!;
  const targetText = target ? `, target ${formatTarget(target)}` : '';
  const value = `${formatValue(latest.value)} ${unit}`;
  const base = yearAgo ?? (first !== latest ? first : undefined);
  const change = yearAgo ? yearChange : relativeChange(first.value, latest.value);
  const window = yearAgo ? 'in the last 12 months' : `since ${monthLabel(first.period)}`;
  if (!base || change === undefined) return `${title} was ${value} in ${monthLabel(latest.period)}${targetText}.`;
  const percent = Math.abs(Math.round(change * 100));
  const verb = percent === 0 ? 'held steady' : change > 0 ? `rose ${percent}%` : `fell ${percent}%`;
  return `${title} ${verb} ${window} ${percent === 0 ? "at" : "to"} ${value} in ${monthLabel(latest.period)}${targetText}.`;
}
