/**
 * A meeting's days off (`recurrence.skip`) must name days it would meet: a holiday typed
 * a day off (the Tuesday before a Wednesday meeting) skips nothing, and the meeting goes
 * ahead on the holiday. The schema cannot see the rule and the date together; this can,
 * and names the nearest meeting day so the fix is one edit.
 */
import { isoDay } from '../dates.ts';
import { nearestScheduledDate, scheduledDates, skipSpan } from '../recurrence.ts';
import type { Recurrence } from '../../schemas/meetings.ts';
import type { Problem } from './problem.ts';
import type { ValidEntry } from './check-content.ts';

type MeetingFile = Pick<ValidEntry, 'collection' | 'file' | 'data' | 'locate'>;

const weekdayName = (iso: string): string => new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** Warnings for skips that leave out no meeting, in every meeting of `entries`. */
export function checkMeetingSkips(entries: readonly MeetingFile[]): Problem[] {
  return entries.flatMap((entry) => {
    const recurrence = entry.data.recurrence as Recurrence | undefined;
    if (entry.collection !== 'meetings' || !recurrence?.skip?.length) return [];
    return recurrence.skip.flatMap((skip, index): Problem[] => {
      const span = skipSpan(skip);
      if (!span || scheduledDates(recurrence, span.first, span.last).length) return [];
      const { first, last } = span;
      const nearest = nearestScheduledDate(recurrence, first);
      const written = skip.date ? isoDay(skip.date) : `${isoDay(first)} to ${isoDay(last)}`;
      return [{
        severity: 'warning',
        file: entry.file,
        ...entry.locate(['recurrence', 'skip', index]),
        field: `recurrence.skip[${index}]`,
        message: skip.date
          ? `the meeting does not meet on ${written} (a ${weekdayName(written)}), so skipping it changes nothing`
          : `the meeting does not meet from ${written}, so skipping those days changes nothing`,
        hint: nearest ? `the nearest meeting is on ${weekdayName(nearest)} ${nearest}: write that date, or remove this entry` : 'remove this entry: the series has no meeting to skip',
      }];
    });
  });
}
