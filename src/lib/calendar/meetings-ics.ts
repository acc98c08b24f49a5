/**
 * iCalendar feeds for recurring meetings: one event per meeting with its RRULE, in its
 * own time zone, so Google Calendar, Outlook and Apple Calendar show every future date
 * (and keep following daylight saving) after one click on "Subscribe".
 */
import type { Meeting } from '../../schemas/meetings.ts';
import { nextOccurrences, toRRule, zonedTimeToUtc } from '../recurrence.ts';
import { escapeText, escapeUri, localDateTime, serializeLines, utcDateTime } from './ics-text.ts';
import { vtimezoneLines } from './vtimezone.ts';

export interface CalendarMeeting {
  id: string;
  data: Meeting;
  /** Absolute or site URL of the meeting's wiki page, put in the event for context. */
  pageUrl: string;
}

export interface CalendarOptions {
  /** The calendar's name as subscribers see it. */
  name: string;
  /** Stable domain-like suffix for UIDs, so re-imports update events instead of duplicating them. */
  uidDomain: string;
  /** DTSTAMP: the build's "now" (SOURCE_DATE_EPOCH), so the same input gives the same bytes. */
  now: Date;
}

/** The first real occurrence: RRULE expansion starts at DTSTART, so it must match the rule. */
function firstOccurrence(meeting: Meeting) {
  const { recurrence } = meeting;
  const startOfSeries = zonedTimeToUtc(recurrence.starts.toISOString().slice(0, 10), '00:00', recurrence.timezone);
  return nextOccurrences(recurrence, startOfSeries, 1)[0];
}

function eventLines(meeting: CalendarMeeting, options: CalendarOptions): string[] {
  const { data } = meeting;
  const first = firstOccurrence(data);
  if (!first) return [];
  const where = [data.where.room, data.where.video].filter(Boolean).join(' · ');
  const description = [data.summary, data.where.video ? `Join: ${data.where.video}` : '', `Agenda and details: ${meeting.pageUrl}`]
    .filter(Boolean)
    .join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:meeting-${meeting.id}@${options.uidDomain}`,
    `DTSTAMP:${utcDateTime(options.now)}`,
    `DTSTART;TZID=${data.recurrence.timezone}:${localDateTime(first.localDate, first.localTime)}`,
    `DURATION:PT${data.recurrence.duration}M`,
    `RRULE:${toRRule(data.recurrence)}`,
    `SUMMARY:${escapeText(data.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(where ? [`LOCATION:${escapeText(where)}`] : []),
    ...(/^https?:/.test(meeting.pageUrl) ? [`URL:${escapeUri(meeting.pageUrl)}`] : []),
    'END:VEVENT',
  ];
}

/** A complete VCALENDAR holding the given meetings. */
export function meetingsCalendar(meetings: readonly CalendarMeeting[], options: CalendarOptions): string {
  const nowYear = options.now.getUTCFullYear();
  const zones = [...new Set(meetings.map((m) => m.data.recurrence.timezone))].sort();
  const firstYear = Math.min(nowYear, ...meetings.map((m) => m.data.recurrence.starts.getUTCFullYear()));
  return serializeLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//DevRel Wiki//Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    // Ask subscribing clients to refresh daily: agendas and rooms change.
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    // From the year before the first series starts, so the first DTSTART is covered.
    ...zones.flatMap((zone) => vtimezoneLines(zone, firstYear - 1, nowYear + 3)),
    ...meetings.flatMap((meeting) => eventLines(meeting, options)),
    'END:VCALENDAR',
  ]);
}
