/**
 * When the monthly digest is prepared: on the first working day of a month, for the
 * month before. "Working" is the team's own: its working week (Sunday to Thursday in
 * much of the Middle East), its holidays (年末年始, Eid, New Year's Day), in its own
 * time zone, all from `digest:` in content/site.yaml.
 *
 * A cron line cannot say "first working day", and GitHub's cron runs a line whose
 * day-of-month and day-of-week are both restricted on either (`1-3 * 1-5` would fire
 * every weekday), so the workflow runs daily on days 1 to 11 and asks this whether today
 * is the day. Holidays may push the day late, but never past the 10th: a month whose
 * first ten days are all off still gets its digest then.
 */
import { defaultWorkweek, latestDigestDay, type DigestSettings } from '../../../schemas/digest-settings.ts';
import { skipSpan, zonedDate } from '../../recurrence.ts';
import { isoDay } from '../../dates.ts';
import { addMonths } from '../month.ts';

/** What decides the day: the team's working week, its holidays and its time zone. */
export type WorkingCalendar = Pick<DigestSettings, 'workweek' | 'holidays' | 'timezone'>;

/** A team that says nothing: Monday to Friday, no holidays, UTC. */
export const defaultCalendar: WorkingCalendar = { workweek: [...defaultWorkweek], holidays: [], timezone: 'UTC' };

/** `Date#getUTCDay()` order: 0 is Sunday. */
const dayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** The calendar's holidays as inclusive `YYYY-MM-DD` ranges (ISO dates compare as text). */
function holidayRanges(calendar: WorkingCalendar): Array<[string, string]> {
  return calendar.holidays.flatMap((holiday): Array<[string, string]> => {
    const span = skipSpan(holiday);
    return span ? [[isoDay(span.first), isoDay(span.last)]] : [];
  });
}

/** True when `day` (`YYYY-MM-DD`) is in the team's working week and not a holiday. */
export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  const weekday = dayNames[new Date(`${day}T00:00:00Z`).getUTCDay()]!;
  if (!calendar.workweek.includes(weekday)) return false;
  return !holidayRanges(calendar).some(([first, last]) => day >= first && day <= last);
}

/**
 * The day (`YYYY-MM-DD`) the digest is prepared in `month` (`YYYY-MM`): its first working
 * day, or the 10th when holidays and the working week leave none before it.
 */
export function digestDay(month: string, calendar: WorkingCalendar): string {
  for (let date = 1; date < latestDigestDay; date++) {
    const day = `${month}-${String(date).padStart(2, '0')}`;
    if (isWorkingDay(day, calendar)) return day;
  }
  return `${month}-${String(latestDigestDay).padStart(2, '0')}`;
}

/**
 * The month (`YYYY-MM`) whose digest is due at `now`, or undefined when today, in the
 * team's zone, is not the day it is prepared.
 */
export function dueMonth(now: Date, calendar: WorkingCalendar): string | undefined {
  const today = zonedDate(now, calendar.timezone);
  const month = today.slice(0, 7);
  return digestDay(month, calendar) === today ? addMonths(month, -1) : undefined;
}

/** `YYYY-MM` of the month before the one `now` falls in, in the team's zone (a run by hand). */
export const monthBefore = (now: Date, calendar: WorkingCalendar = defaultCalendar): string =>
  addMonths(zonedDate(now, calendar.timezone).slice(0, 7), -1);
