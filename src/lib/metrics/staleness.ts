/**
 * Whether a metric's data has stopped arriving. The rule, in words on every page that
 * flags it: data for the period after the latest one is due when that period ends,
 * plus the definition's `grace` in days; past that, the metric is stale. A monthly
 * metric whose latest point is in September is stale once October's data is overdue.
 */
import type { I18n } from '../../i18n/i18n.ts';
import { addDays, nextPeriod, periodEnd, periodOf, periodStart, type Cadence } from './cadence.ts';

export interface Staleness {
  stale: boolean;
  /** The period of the latest data point, undefined without data. */
  lastPeriod?: string;
  /** The day after which the metric counts as stale (`YYYY-MM-DD`). */
  dueBy?: string;
  cadence: Cadence;
}

/** "Sep 2026", "week of Oct 5, 2026", "Q3 2026": how a period is named in stale notices. */
export function describePeriod(period: string, cadence: Cadence, { t, f }: Pick<I18n, 't' | 'f'>): string {
  if (cadence === 'weekly') return t('stale.week', { date: f.date(new Date(`${period}T00:00:00Z`)) });
  if (cadence === 'quarterly') return t('stale.quarter', { quarter: period.slice(6), year: f.year(Number(period.slice(0, 4))) });
  return f.monthShort(periodStart(period, cadence).slice(0, 7));
}

/** "last data Sep 2026, expected monthly"; empty for a metric with no data. */
export function stalenessText(staleness: Staleness, i18n: Pick<I18n, 't' | 'f'>): string {
  if (!staleness.lastPeriod) return '';
  return i18n.t('stale.text', { period: describePeriod(staleness.lastPeriod, staleness.cadence, i18n), cadence: i18n.t(`metrics.cadence.${staleness.cadence}`) });
}

/**
 * Staleness of data whose latest point is dated `latestDate` (`YYYY-MM-DD`), as of
 * `today` (`YYYY-MM-DD`). A metric with no data at all is not "stale": it says
 * "No data yet" already.
 */
export function stalenessOf(latestDate: string | undefined, cadence: Cadence, grace: number, today: string): Staleness {
  if (!latestDate) return { stale: false, cadence };
  const period = periodOf(cadence)(latestDate);
  const dueBy = addDays(periodEnd(nextPeriod(period, cadence), cadence), grace);
  return { stale: today > dueBy, lastPeriod: period, dueBy, cadence };
}
