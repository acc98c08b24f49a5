/**
 * Words and numbers about a metric: the figures on its card and the one-sentence
 * text alternative of its chart ("Forum MAU rose 38% in the last 12 months to 4,210
 * users in October 2026, target 5,000 by Jun 2027"), in the site's language. Kept apart
 * from rendering so tests read them directly.
 */
import type { I18n } from '../../i18n/i18n.ts';
import type { Unit } from '../../schemas/metrics.ts';
import { addMonths, type PeriodValue } from './aggregate.ts';
import type { Target } from './health.ts';
import { withUnit } from './units.ts';

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

/**
 * A target as every page, card, chart legend and e-mail writes it: "5,000 by Jun 2027".
 * The month is what counts: health judges the pace to the target's month (health.ts).
 */
export const formatTarget = (target: Target, { t, f }: Pick<I18n, 't' | 'f'>): string =>
  t('metrics.targetBy', { value: f.value(target.value), month: f.monthShort(target.by.slice(0, 7)) });

/**
 * One sentence for screen readers, e-mail and anyone skimming:
 * "Forum MAU rose 38% in the last 12 months to 4,210 users in October 2026, target 5,000 by Jun 2027."
 */
export function summarySentence(title: string, unit: Unit, monthly: readonly PeriodValue[], target: Target | undefined, i18n: I18n): string {
  const { t, f } = i18n;
  const { latest, yearAgo, yearChange } = figuresOf(monthly);
  if (!latest) return t('metrics.summary.noData', { title });
  const first = monthly[0]!;
  const values = {
    title,
    value: withUnit(latest.value, unit, i18n),
    month: f.month(latest.period),
    target: target ? formatTarget(target, i18n) : '',
  };
  const base = yearAgo ?? (first !== latest ? first : undefined);
  const change = yearAgo ? yearChange : relativeChange(first.value, latest.value);
  if (!base || change === undefined) return t(target ? 'metrics.summary.wasTarget' : 'metrics.summary.was', values);
  const window = yearAgo ? t('metrics.summary.lastYear') : t('metrics.summary.since', { month: f.month(first.period) });
  const percent = f.percent(Math.abs(Math.round(change * 100)) / 100);
  if (Math.round(change * 100) === 0) return t(target ? 'metrics.summary.steadyTarget' : 'metrics.summary.steady', { ...values, window });
  const rose = change > 0;
  return t(rose ? (target ? 'metrics.summary.roseTarget' : 'metrics.summary.rose') : (target ? 'metrics.summary.fellTarget' : 'metrics.summary.fell'), { ...values, window, percent });
}
