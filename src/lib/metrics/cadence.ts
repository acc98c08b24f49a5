/**
 * Periods of a metric's cadence: which period a date falls in, when a period ends,
 * the one after it. `npm run metrics:pull` writes one row per period, dated the
 * period's last day; staleness asks whether the period after the latest has been
 * due for longer than the grace. Weeks run Monday to Sunday (ISO 8601) and are keyed
 * by their Monday; months `YYYY-MM` and quarters `YYYY-Qn` as in aggregate.ts.
 */
import { addMonths, monthOf, quarterOf } from './aggregate.ts';

export type Cadence = 'weekly' | 'monthly' | 'quarterly';

const day = 86_400_000;
const toDate = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const toIso = (date: Date): string => date.toISOString().slice(0, 10);
/** `offset` days after the calendar date `iso`. */
export const addDays = (iso: string, offset: number): string => toIso(new Date(toDate(iso).getTime() + offset * day));

/** The Monday of the ISO week containing `date` (`YYYY-MM-DD`). */
export function weekOf(date: string): string {
  const weekday = (toDate(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The period key of `date` for a cadence. */
export function periodOf(cadence: Cadence): (date: string) => string {
  if (cadence === 'weekly') return weekOf;
  if (cadence === 'quarterly') return quarterOf;
  return monthOf;
}

/** First day of a period. */
export function periodStart(period: string, cadence: Cadence): string {
  if (cadence === 'weekly') return period;
  if (cadence === 'quarterly') {
    const [year, q] = period.split('-Q') as [string, string];
    return `${year}-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}-01`;
  }
  return `${period}-01`;
}

/** The period after `period`. */
export function nextPeriod(period: string, cadence: Cadence): string {
  if (cadence === 'weekly') return addDays(period, 7);
  if (cadence === 'quarterly') return quarterOf(`${addMonths(periodStart(period, cadence).slice(0, 7), 3)}-01`);
  return addMonths(period, 1);
}

/** Last day of a period (`YYYY-MM-DD`): the date a pulled row is written with. */
export const periodEnd = (period: string, cadence: Cadence): string => addDays(periodStart(nextPeriod(period, cadence), cadence), -1);
