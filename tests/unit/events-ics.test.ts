/**
 * Upcoming events as calendar apps read them: `/events.ics` parsed by ical.js, with
 * all-day dates (no time zone shift), exclusive ends for multi-day events and UIDs that
 * stay the same between builds. Plus the one definition of "upcoming" everything uses.
 */
import { english } from '../../src/i18n/i18n.ts';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventsCalendar, type CalendarEvent } from '../../src/lib/calendar/events-ics.ts';
import { reachOf } from '../../src/lib/derive.ts';
import { engagementsPerMonth, reachPerPerson } from '../../src/lib/metrics/derived.ts';
import { isUpcoming, splitUpcoming } from '../../src/lib/recaps/upcoming.ts';
import { recapSchema, type Recap } from '../../src/schemas/recaps.ts';

const now = new Date('2026-11-25T00:00:00Z');

function recap(id: string, event: Record<string, unknown>, extra: Record<string, unknown> = {}): { id: string; data: Recap } {
  return {
    id,
    data: recapSchema.parse({
      title: `Recap ${id}`,
      event: { name: `Event ${id}, with commas; and semicolons`, location: 'Brussels, ULB', format: 'in-person', ...event },
      why: 'Maintainers meet there. '.repeat(6).trim(),
      visibility: 'external',
      ...extra,
    }),
  };
}

const fosdem = recap('2027-02-06-fosdem', { start: '2027-02-06', end: '2027-02-07', url: 'https://fosdem.example.org/2027' }, { speakers: ['ana'] });
const meetup = recap('2026-12-10-meetup', { start: '2026-12-10' }, { speakers: ['ana', 'bo'] });
const past = recap('2026-11-12-nyc', { start: '2026-11-12' }, { audience: 72, speakers: ['ana'] });

const asCalendarEvent = (r: { id: string; data: Recap }): CalendarEvent => ({ id: r.id, data: r.data, pageUrl: `https://wiki.example.com/recaps/${r.id}/` });
const text = eventsCalendar([meetup, fosdem].map(asCalendarEvent), { name: 'DevRel upcoming events', uidDomain: 'test.devrel-wiki', now, t: english.t });
const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('eventsCalendar', () => {
  it('is a valid calendar with one all-day event per upcoming event', () => {
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
    }
  });

  it('puts a one-day event on its day, ending (exclusively) the next day', () => {
    const [single] = events;
    expect(single!.startDate.toString()).toBe('2026-12-10');
    expect(single!.endDate.toString()).toBe('2026-12-11');
    expect(single!.duration.toSeconds()).toBe(86_400);
  });

  it('spans a multi-day event over all its days, DTEND the day after the last', () => {
    const multi = events[1]!;
    expect(multi.startDate.toString()).toBe('2027-02-06');
    expect(multi.endDate.toString()).toBe('2027-02-08');
    expect(multi.duration.days).toBe(2);
  });

  it('has stable UIDs, DTSTAMP from the build clock, text escaped and lines folded', () => {
    expect(events.map((e) => e.uid)).toEqual(['event-2026-12-10-meetup@test.devrel-wiki', 'event-2027-02-06-fosdem@test.devrel-wiki']);
    expect(text).toContain('DTSTAMP:20261125T000000Z');
    expect(events[1]!.summary).toBe('Event 2027-02-06-fosdem, with commas; and semicolons');
    expect(events[1]!.location).toBe('Brussels, ULB');
    expect(events[1]!.description).toContain('Event page: https://fosdem.example.org/2027');
    expect(events[1]!.description).toContain('https://wiki.example.com/recaps/2027-02-06-fosdem/');
    expect(String(events[1]!.component.getFirstPropertyValue('url'))).toBe('https://wiki.example.com/recaps/2027-02-06-fosdem/');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('is the same bytes for the same input', () => {
    expect(eventsCalendar([meetup, fosdem].map(asCalendarEvent), { name: 'DevRel upcoming events', uidDomain: 'test.devrel-wiki', now, t: english.t })).toBe(text);
  });

  it('is still a valid, empty calendar when nothing is coming up', () => {
    const empty = new ICAL.Component(ICAL.parse(eventsCalendar([], { name: 'x', uidDomain: 'd', now, t: english.t })));
    expect(empty.getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('upcoming events', () => {
  it('is upcoming while the event starts after now; on its first day it is not', () => {
    expect(isUpcoming(meetup.data, now)).toBe(true);
    expect(isUpcoming(past.data, now)).toBe(false);
    expect(isUpcoming(meetup.data, new Date('2026-12-10T00:00:00Z'))).toBe(false);
    expect(isUpcoming(meetup.data, new Date('2026-12-09T23:59:59Z'))).toBe(true);
  });

  it('splits recaps into upcoming (soonest first) and past (order kept)', () => {
    const { upcoming, past: happened } = splitUpcoming([fosdem, past, meetup], now);
    expect(upcoming.map((r) => r.id)).toEqual(['2026-12-10-meetup', '2027-02-06-fosdem']);
    expect(happened.map((r) => r.id)).toEqual(['2026-11-12-nyc']);
  });

  it('counts no upcoming event in reach, and a missing audience as 0', () => {
    expect(reachOf([past, meetup, fosdem], now)).toEqual({ events: 1, audience: 72, lastEvent: past.data.event.start });
    // Without `now` (figures over a chosen list), a missing audience still adds nothing.
    expect(reachOf([past, meetup]).audience).toBe(72);
    expect(engagementsPerMonth([past, meetup], '2026-11', '2026-12')).toEqual([{ period: '2026-11', value: 72 }, { period: '2026-12', value: 0 }]);
    expect(reachPerPerson([past, meetup])).toEqual([{ person: 'ana', events: 2, audience: 72 }, { person: 'bo', events: 1, audience: 0 }]);
  });

  it('accepts a recap without audience (written ahead of the event)', () => {
    expect(meetup.data.audience).toBeUndefined();
  });
});
