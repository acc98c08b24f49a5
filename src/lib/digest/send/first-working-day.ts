/**
 * When the monthly digest is prepared: on the first working day (Monday to Friday) of
 * a month, for the month before. A cron line cannot say "first working day", and
 * GitHub's cron runs a line whose day-of-month and day-of-week are both restricted on
 * either (`1-3 * 1-5` would fire every weekday), so the workflow runs on days 1 to 3
 * and asks this whether today is the day. Public holidays are not known here: on a
 * holiday the pull request simply arrives that morning anyway.
 */
import { addMonths } from '../month.ts';

const isWeekday = (date: Date): boolean => date.getUTCDay() >= 1 && date.getUTCDay() <= 5;

/** True when `date` (its UTC calendar day) is the first Monday–Friday of its month. */
export function isFirstWorkingDay(date: Date): boolean {
  if (!isWeekday(date)) return false;
  for (let day = 1; day < date.getUTCDate(); day++) {
    if (isWeekday(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), day)))) return false;
  }
  return true;
}

/** `YYYY-MM` of the month before `date`'s (UTC). */
export const monthBefore = (date: Date): string => addMonths(date.toISOString().slice(0, 7), -1);
