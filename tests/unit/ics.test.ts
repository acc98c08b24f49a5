/**
 * Calendar feeds as a calendar app reads them: parsed by ical.js (a real RFC 5545
 * parser), expanded, and compared with the dates the wiki shows, across DST changes.
 */
import { english } from '../../src/i18n/i18n.ts';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../src/lib/calendar/ics-text.ts';
import { meetingsCalendar, type CalendarMeeting } from '../../src/lib/calendar/meetings-ics.ts';
import { icsUid, uidDomainFor } from '../../src/lib/calendar/uid.ts';
import { offsetTransitions } from '../../src/lib/calendar/vtimezone.ts';
import { nextOccurrences } from '../../src/lib/recurrence.ts';
import { meetingSchema } from '../../src/schemas/meetings.ts';

const now = new Date('2026-11-25T00:00:00Z');

function meeting(id: string, recurrence: Record<string, unknown>, extra: Record<string, unknown> = {}): CalendarMeeting {
  const data = meetingSchema.parse({
    title: `Meeting ${id}`,
    summary: 'Bring questions; everyone is welcome, really.',
    host: 'ana',
    recurrence,
    where: { room: 'Berlin, room Ada', video: 'https://meet.example.com/devrel' },
    openTo: 'everyone',
    reviewed: '2026-09-01',
    ...extra,
  });
  return { id, data, pageUrl: `https://wiki.example.com/meetings/${id}/` };
}

const berlinWeekly = meeting('office-hours', { frequency: 'weekly', weekday: 'thursday', time: '16:00', timezone: 'Europe/Berlin', duration: 45, starts: '2025-01-06' });
const newYorkBiweekly = meeting('feedback', { frequency: 'biweekly', weekday: 'tuesday', time: '11:00', timezone: 'America/New_York', duration: 60, starts: '2025-02-04' });
const laMonthly = meeting('show-and-tell', { frequency: 'monthly', weekday: 'wednesday', week: -1, time: '09:00', timezone: 'America/Los_Angeles', duration: 50, starts: '2025-01-01', until: '2027-06-30' });

const text = meetingsCalendar([berlinWeekly, newYorkBiweekly, laMonthly], { name: 'DevRel meetings', uidDomain: 'test.devrel-wiki', now, t: english.t });

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar;
}

/** Occurrence starts (UTC ISO) of an event between two instants, as a calendar app expands them. */
function expand(event: ICAL.Event, from: Date, to: Date): string[] {
  const iterator = event.iterator();
  const starts: string[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    const instant = next.toJSDate();
    if (instant > to) break;
    if (instant >= from) starts.push(instant.toISOString());
  }
  return starts;
}

describe('the meetings calendar', () => {
  const calendar = parse(text);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const byUid = new Map(events.map((e) => [e.uid, e]));

  it('is a valid calendar with one event per meeting and a VTIMEZONE per zone', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events.map((e) => e.uid).sort()).toEqual([
      'meeting-feedback@test.devrel-wiki', 'meeting-office-hours@test.devrel-wiki', 'meeting-show-and-tell@test.devrel-wiki',
    ]);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual([
      'America/Los_Angeles', 'America/New_York', 'Europe/Berlin',
    ]);
  });

  it('uses the build time as DTSTAMP, so the same content gives the same bytes', () => {
    expect(String(events[0]!.component.getFirstPropertyValue('dtstamp'))).toBe('2026-11-25T00:00:00Z');
    expect(meetingsCalendar([berlinWeekly, newYorkBiweekly, laMonthly], { name: 'DevRel meetings', uidDomain: 'test.devrel-wiki', now, t: english.t })).toBe(text);
  });

  it('gives the same dates as the wiki across the March 2027 DST change in Berlin', () => {
    const from = new Date('2027-03-15T00:00:00Z');
    const expected = nextOccurrences(berlinWeekly.data.recurrence, from, 4).map((o) => o.start.toISOString());
    expect(expand(byUid.get('meeting-office-hours@test.devrel-wiki')!, from, new Date('2027-04-09T00:00:00Z'))).toEqual(expected);
    // 16:00 Berlin is 15:00Z in winter, 14:00Z in summer.
    expect(expected).toEqual(['2027-03-18T15:00:00.000Z', '2027-03-25T15:00:00.000Z', '2027-04-01T14:00:00.000Z', '2027-04-08T14:00:00.000Z']);
  });

  it('keeps every other week and the New York fall-back change', () => {
    const from = new Date('2026-10-15T00:00:00Z');
    const expected = nextOccurrences(newYorkBiweekly.data.recurrence, from, 3).map((o) => o.start.toISOString());
    expect(expand(byUid.get('meeting-feedback@test.devrel-wiki')!, from, new Date('2026-11-25T00:00:00Z'))).toEqual(expected);
    // Anchored on 2025-02-04: 27 Oct (EDT, 15:00Z), then 10 and 24 Nov (EST, 16:00Z).
    expect(expected).toEqual(['2026-10-27T15:00:00.000Z', '2026-11-10T16:00:00.000Z', '2026-11-24T16:00:00.000Z']);
  });

  it('expands "last Wednesday of the month" and stops at until', () => {
    const event = byUid.get('meeting-show-and-tell@test.devrel-wiki')!;
    const from = new Date('2027-01-01T00:00:00Z');
    const starts = expand(event, from, new Date('2028-01-01T00:00:00Z'));
    expect(starts).toEqual(nextOccurrences(laMonthly.data.recurrence, from, 12).map((o) => o.start.toISOString()));
    expect(starts.at(-1)).toBe('2027-06-30T16:00:00.000Z');
  });

  it('carries title, description with the page link, location and duration', () => {
    const event = byUid.get('meeting-office-hours@test.devrel-wiki')!;
    expect(event.summary).toBe('Meeting office-hours');
    expect(event.description).toContain('Bring questions; everyone is welcome, really.');
    expect(event.description).toContain('https://wiki.example.com/meetings/office-hours/');
    expect(event.location).toBe('Berlin, room Ada · https://meet.example.com/devrel');
    expect(event.duration.toSeconds()).toBe(45 * 60);
  });

  it('starts the series on the first real occurrence, not on the starts date', () => {
    // starts is Monday 2025-01-06; the first Thursday after it is 2025-01-09.
    expect(byUid.get('meeting-office-hours@test.devrel-wiki')!.startDate.toString()).toBe('2025-01-09T16:00:00');
  });

  it('uses CRLF line ends and never a line longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
  });
});

describe('days off in the calendar feed (EXDATE)', () => {
  const tokyo = meeting('dev-night', {
    frequency: 'weekly', weekday: 'thursday', time: '19:00', timezone: 'Asia/Tokyo', duration: 90, starts: '2026-01-08',
    skip: [{ from: '2026-12-28', to: '2027-01-03', reason: '年末年始' }, '2027-02-11'],
  });
  const ramadan = meeting('iftar-talks', {
    frequency: 'biweekly', weekday: 'monday', time: '20:30', timezone: 'Asia/Dubai', duration: 60, starts: '2026-01-05',
    skip: [{ from: '2027-02-08', to: '2027-03-09', reason: 'رمضان' }],
  });
  const feed = meetingsCalendar([tokyo, ramadan], { name: 'x', uidDomain: 'test.devrel-wiki', now, t: english.t });
  const events = parse(feed).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const event = (uid: string) => events.find((e) => e.uid === uid)!;

  it('writes each skipped meeting as EXDATE in the meeting\'s zone and DTSTART\'s form', () => {
    expect(feed).toContain('EXDATE;TZID=Asia/Tokyo:20261231T190000,20270211T190000\r\n');
    const exdates = event('meeting-dev-night@test.devrel-wiki').component.getAllProperties('exdate').flatMap((p) => p.getValues().map(String));
    expect(exdates).toEqual(['2026-12-31T19:00:00', '2027-02-11T19:00:00']);
  });

  it('leaves them out when a calendar app expands the series, as the wiki\'s next dates do', () => {
    const from = new Date('2026-12-20T00:00:00Z');
    const to = new Date('2027-02-20T00:00:00Z');
    const wiki = (m: CalendarMeeting) => nextOccurrences(m.data.recurrence, from, 20).map((o) => o.start.toISOString()).filter((iso) => iso < to.toISOString());
    const tokyoStarts = expand(event('meeting-dev-night@test.devrel-wiki'), from, to);
    expect(tokyoStarts).toEqual(wiki(tokyo));
    expect(tokyoStarts.map((iso) => iso.slice(0, 10))).not.toContain('2026-12-31');
    expect(tokyoStarts).toHaveLength(7);
    const dubai = expand(event('meeting-iftar-talks@test.devrel-wiki'), new Date('2027-01-01T00:00:00Z'), new Date('2027-04-01T00:00:00Z'));
    expect(dubai).toEqual(nextOccurrences(ramadan.data.recurrence, new Date('2027-01-01T00:00:00Z'), 20).map((o) => o.start.toISOString()).filter((iso) => iso < '2027-04-01'));
    // Every other Monday: 15 February and 1 March fall in Ramadan and are left out.
    expect(dubai.map((iso) => iso.slice(0, 10))).toEqual(['2027-01-04', '2027-01-18', '2027-02-01', '2027-03-15', '2027-03-29']);
  });

  it('still starts the series on its first meeting when that one is skipped', () => {
    const skippedFirst = meeting('x', { frequency: 'weekly', weekday: 'thursday', time: '10:00', timezone: 'Europe/Berlin', duration: 30, starts: '2026-01-08', skip: ['2026-01-08'] });
    const [vevent] = parse(meetingsCalendar([skippedFirst], { name: 'x', uidDomain: 'd', now, t: english.t })).getAllSubcomponents('vevent');
    const parsed = new ICAL.Event(vevent!);
    expect(parsed.startDate.toString()).toBe('2026-01-08T10:00:00');
    expect(expand(parsed, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-20T00:00:00Z'))).toEqual(['2026-01-15T09:00:00.000Z']);
  });

  it('writes no EXDATE for a meeting without days off', () => {
    expect(text).not.toContain('EXDATE');
  });
});

describe('UIDs for ids and titles in any script', () => {
  it('are ASCII, stable, and unchanged for ids in a–z', () => {
    const osaka = meeting('meetup-大阪', { frequency: 'monthly', weekday: 'friday', week: 2, time: '19:00', timezone: 'Asia/Tokyo', duration: 120, starts: '2026-01-09' });
    const feed = meetingsCalendar([osaka, berlinWeekly], { name: 'x', uidDomain: uidDomainFor('東京 DevRel'), now, t: english.t });
    const uids = parse(feed).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
    expect(uids).toEqual([`meeting-meetup-%E5%A4%A7%E9%98%AA@${uidDomainFor('東京 DevRel')}`, `meeting-office-hours@${uidDomainFor('東京 DevRel')}`]);
    expect(uids.every((uid) => /^[\x21-\x7e]+$/.test(uid))).toBe(true);
    expect(icsUid('event', '2026-06-12-meetup-東京-6', 'd')).toBe('event-2026-06-12-meetup-%E6%9D%B1%E4%BA%AC-6@d');
  });

  it('keep a Latin title\'s domain as it was, and tell apart titles that differ only in other scripts', () => {
    expect(uidDomainFor('Lumenstack DevRel')).toBe('lumenstack-devrel.devrel-wiki');
    expect(uidDomainFor('東京 DevRel')).toMatch(/^devrel-[0-9a-f]{8}\.devrel-wiki$/);
    expect(uidDomainFor('東京 DevRel')).not.toBe(uidDomainFor('大阪 DevRel'));
    expect(uidDomainFor('開発者関係チーム')).toMatch(/^wiki-[0-9a-f]{8}\.devrel-wiki$/);
    expect(uidDomainFor('開発者関係チーム')).toBe(uidDomainFor('開発者関係チーム'));
  });
});

describe('iCalendar text rules', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds on UTF-8 octets without splitting a character', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
    const lines = folded.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
  });
});

describe('time zone transitions', () => {
  it('finds the EU and US daylight-saving changes to the minute', () => {
    const year = [new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')] as const;
    expect(offsetTransitions('Europe/Berlin', ...year).map((t) => [t.at.toISOString(), t.from, t.to])).toEqual([
      ['2026-03-29T01:00:00.000Z', 60, 120], ['2026-10-25T01:00:00.000Z', 120, 60],
    ]);
    expect(offsetTransitions('America/New_York', ...year).map((t) => t.at.toISOString())).toEqual(['2026-03-08T07:00:00.000Z', '2026-11-01T06:00:00.000Z']);
    expect(offsetTransitions('Asia/Singapore', ...year)).toEqual([]);
  });
});
