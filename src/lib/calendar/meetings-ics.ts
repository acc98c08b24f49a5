/**
 * iCalendar feeds for recurring meetings: one event per meeting with its RRULE, in its
 * own time zone, so Google Calendar, Outlook and Apple Calendar show every future date
 * (and keep following daylight saving) after one click on "Subscribe".
 */
import type { Translate } from '../../i18n/translate.ts';
import type { Meeting } from '../../schemas/meetings.ts';
import { nextOccurrences, skippedDates, toRRule, zonedTimeToUtc } from '../recurrence.ts';
import { escapeText, escapeUri, localDateTime, serializeLines, utcDateTime } from './ics-text.ts';
import { icsUid } from './uid.ts';
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
  /** The site's words for the human text of each event ("Join: …"); fields and values stay neutral. */
  t: Translate;
}

/**
 * The first real occurrence: RRULE expansion starts at DTSTART, so it must match the rule.
 * Skips do not move it: a skipped first day is an EXDATE like any other.
 */
function firstOccurrence(meeting: Meeting) {
  const { recurrence } = meeting;
  const startOfSeries = zonedTimeToUtc(recurrence.starts.toISOString().slice(0, 10), '00:00', recurrence.timezone);
  return nextOccurrences({ ...recurrence, skip: [] }, startOfSeries, 1)[0];
}

function eventLines(meeting: CalendarMeeting, options: CalendarOptions): string[] {
  const { data } = meeting;
  const first = firstOccurrence(data);
  if (!first) return [];
  const where = [data.where.room, data.where.video].filter(Boolean).join(' · ');
  const description = [data.summary, data.where.video ? options.t('calendar.join', { url: data.where.video }) : '', options.t('calendar.agenda', { url: meeting.pageUrl })]
    .filter(Boolean)
    .join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${icsUid('meeting', meeting.id, options.uidDomain)}`,
    `DTSTAMP:${utcDateTime(options.now)}`,
    `DTSTART;TZID=${data.recurrence.timezone}:${localDateTime(first.localDate, first.localTime)}`,
    `DURATION:PT${data.recurrence.duration}M`,
    `RRULE:${toRRule(data.recurrence)}`,
    // Days off (recurrence.skip), in DTSTART's form: the same zone and time of day, so each
    // names exactly one instance of the rule (RFC 5545 §3.8.5.1).
    ...exdateLines(data, first.localTime),
    `SUMMARY:${escapeText(data.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(where ? [`LOCATION:${escapeText(where)}`] : []),
    ...(/^https?:/.test(meeting.pageUrl) ? [`URL:${escapeUri(meeting.pageUrl)}`] : []),
    'END:VEVENT',
  ];
}

/** `EXDATE;TZID=Asia/Tokyo:20261231T190000,20270107T190000`, or nothing when no meeting is skipped. */
function exdateLines(data: Meeting, localTime: string): string[] {
  const skipped = skippedDates(data.recurrence);
  if (!skipped.length) return [];
  return [`EXDATE;TZID=${data.recurrence.timezone}:${skipped.map((date) => localDateTime(date, localTime)).join(',')}`];
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
