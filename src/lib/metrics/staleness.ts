/**
 * Whether a metric's data has stopped arriving. The rule, in words on every page that
 * flags it: data for the period after the latest one is due when that period ends,
 * plus the definition's `grace` in days; past that, the metric is stale. A monthly
 * metric whose latest point is in September is stale once October's data is overdue.
 */
import { shortMonths } from '../dates.ts';
import { addDays, nextPeriod, periodEnd, periodLabel, periodOf, type Cadence } from './cadence.ts';

export interface Staleness {
  stale: boolean;
  /** The period of the latest data point, undefined without data. */
  lastPeriod?: string;
  /** The day after which the metric counts as stale (`YYYY-MM-DD`). */
  dueBy?: string;
  /** "last data Sep 2026, expected monthly" */
  text: string;
}

const monthShort = (month: string) => `${shortMonths[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const dayShort = (date: Date) => `${date.getUTCDate()} ${shortMonths[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

/** "Sep 2026", "week of 5 Oct 2026", "Q3 2026": how a period is named in stale notices. */
export const describePeriod = (period: string, cadence: Cadence): string => periodLabel(period, cadence, monthShort, dayShort);

/**
 * Staleness of data whose latest point is dated `latestDate` (`YYYY-MM-DD`), as of
 * `today` (`YYYY-MM-DD`). A metric with no data at all is not "stale": it says
 * "No data yet" already.
 */
export function stalenessOf(latestDate: string | undefined, cadence: Cadence, grace: number, today: string): Staleness {
  if (!latestDate) return { stale: false, text: 'no data yet' };
  const period = periodOf(cadence)(latestDate);
  const dueBy = addDays(periodEnd(nextPeriod(period, cadence), cadence), grace);
  return {
    stale: today > dueBy,
    lastPeriod: period,
    dueBy,
    text: `last data ${describePeriod(period, cadence)}, expected ${cadence}`,
  };
}
