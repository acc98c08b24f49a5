/**
 * iCalendar feed of upcoming events (recaps written ahead of their event): all-day
 * events, so a conference shows on the right days in every time zone. RFC 5545 makes
 * an all-day DTEND exclusive: a 3-day event from the 3rd ends on the 6th.
 */
import type { Recap } from '../../schemas/recaps.ts';
import { escapeText, escapeUri, serializeLines, utcDateTime } from './ics-text.ts';
import type { CalendarOptions } from './meetings-ics.ts';
import { icsUid } from './uid.ts';

export interface CalendarEvent {
  /** The recap's id: the UID is built from it, so it never changes between builds. */
  id: string;
  data: Pick<Recap, 'title' | 'event' | 'why'>;
  /** Absolute or site URL of the recap's wiki page. */
  pageUrl: string;
}

/** `20261203` from a calendar date stored at UTC midnight. */
const icsDate = (date: Date): string => date.toISOString().slice(0, 10).replace(/-/g, '');

/** The day after `date`: the exclusive end of an all-day event. */
const nextDay = (date: Date): Date => new Date(date.getTime() + 86_400_000);

function eventLines(item: CalendarEvent, options: CalendarOptions): string[] {
  const { event } = item.data;
  const description = [item.data.why, event.url ? options.t('calendar.eventPage', { url: event.url }) : '', options.t('calendar.notes', { url: item.pageUrl })].filter(Boolean).join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${icsUid('event', item.id, options.uidDomain)}`,
    `DTSTAMP:${utcDateTime(options.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(event.end ?? event.start))}`,
    `SUMMARY:${escapeText(event.name)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(description)}`,
    // An event on the calendar is a heads-up, not a busy block for the whole day.
    'TRANSP:TRANSPARENT',
    ...(/^https?:/.test(item.pageUrl) ? [`URL:${escapeUri(item.pageUrl)}`] : event.url ? [`URL:${escapeUri(event.url)}`] : []),
    'END:VEVENT',
  ];
}

/** A complete VCALENDAR holding the given events. */
export function eventsCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  return serializeLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//DevRel Wiki//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...events.flatMap((item) => eventLines(item, options)),
    'END:VCALENDAR',
  ]);
}
