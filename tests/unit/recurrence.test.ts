import { describe, it, expect } from 'vitest';
import type { Recurrence } from '../../src/schemas/meetings.ts';
import { createFormats } from '../../src/i18n/formats.ts';
import { createI18n, english } from '../../src/i18n/i18n.ts';
import {
  describeRecurrence,
  nearestScheduledDate,
  nextOccurrences,
  scheduledDates,
  skippedDates,
  upcomingSkips,
  timeZoneOffsetMinutes,
  toRRule,
  zonedTimeToUtc,
} from '../../src/lib/recurrence.ts';

/** A schema date: UTC midnight of the calendar date, as the content schema produces. */
const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const utc = (iso: string): Date => new Date(iso);

/** A weekly Berlin Tuesday 16:00 meeting, overridable per test. */
function rule(overrides: Partial<Recurrence> = {}): Recurrence {
  return {
    frequency: 'weekly',
    weekday: 'tuesday',
    time: '16:00',
    timezone: 'Europe/Berlin',
    duration: 45,
    starts: date('2026-01-06'),
    skip: [],
    ...overrides,
  };
}

const starts = (list: { start: Date }[]): string[] => list.map((o) => o.start.toISOString());

/** An instant as a day-first, 24-hour reader sees it in `zone` (British English). */
const ukFormats = createFormats('en-GB');
const formatInZone = (instant: Date, zone: string) => {
  const { date: day, times, zone: name } = ukFormats.inZone(instant, instant, zone);
  return { date: day, time: times.padStart(5, '0'), zoneName: name };
};
const localDates = (list: { localDate: string }[]): string[] => list.map((o) => o.localDate);

describe('timeZoneOffsetMinutes', () => {
  it('follows daylight saving in Europe and the US', () => {
    expect(timeZoneOffsetMinutes(utc('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(timeZoneOffsetMinutes(utc('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(timeZoneOffsetMinutes(utc('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(timeZoneOffsetMinutes(utc('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(timeZoneOffsetMinutes(utc('2026-07-15T12:00:00Z'), 'UTC')).toBe(0);
  });

  it('changes exactly at the transition instant', () => {
    // Berlin springs forward at 01:00Z on 2026-03-29.
    expect(timeZoneOffsetMinutes(utc('2026-03-29T00:59:59Z'), 'Europe/Berlin')).toBe(60);
    expect(timeZoneOffsetMinutes(utc('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(120);
  });

  it('handles non-hour offsets, with and without DST', () => {
    expect(timeZoneOffsetMinutes(utc('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(timeZoneOffsetMinutes(utc('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    // Adelaide: +10:30 in the southern summer, +09:30 in winter.
    expect(timeZoneOffsetMinutes(utc('2026-01-15T12:00:00Z'), 'Australia/Adelaide')).toBe(630);
    expect(timeZoneOffsetMinutes(utc('2026-07-15T12:00:00Z'), 'Australia/Adelaide')).toBe(570);
  });

  it('gives a 5 h Berlin–New York gap while only the US has changed clocks', () => {
    const gap = (iso: string) =>
      (timeZoneOffsetMinutes(utc(iso), 'Europe/Berlin') - timeZoneOffsetMinutes(utc(iso), 'America/New_York')) / 60;
    expect(gap('2026-03-03T12:00:00Z')).toBe(6); // both on winter time
    expect(gap('2026-03-10T12:00:00Z')).toBe(5); // US changed on 8 March, EU not yet
    expect(gap('2026-03-28T12:00:00Z')).toBe(5);
    expect(gap('2026-03-31T12:00:00Z')).toBe(6); // EU changed on 29 March
    expect(gap('2026-10-27T12:00:00Z')).toBe(5); // EU back on 25 Oct, US only on 1 Nov
    expect(gap('2026-11-03T12:00:00Z')).toBe(6);
  });
});

describe('zonedTimeToUtc', () => {
  it('converts ordinary times in winter and summer', () => {
    expect(zonedTimeToUtc('2026-01-15', '16:00', 'Europe/Berlin').toISOString()).toBe('2026-01-15T15:00:00.000Z');
    expect(zonedTimeToUtc('2026-07-15', '16:00', 'Europe/Berlin').toISOString()).toBe('2026-07-15T14:00:00.000Z');
    expect(zonedTimeToUtc('2026-03-03', '00:00', 'America/New_York').toISOString()).toBe('2026-03-03T05:00:00.000Z');
    expect(zonedTimeToUtc('2026-03-03', '23:30', 'UTC').toISOString()).toBe('2026-03-03T23:30:00.000Z');
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    // 02:30 does not exist in Berlin on 2026-03-29: it becomes 03:30 CEST = 01:30Z.
    const berlin = zonedTimeToUtc('2026-03-29', '02:30', 'Europe/Berlin');
    expect(berlin.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(formatInZone(berlin, 'Europe/Berlin').time).toBe('03:30');
    // New York skips 02:00–03:00 on 2026-03-08: 02:30 becomes 03:30 EDT = 07:30Z.
    expect(zonedTimeToUtc('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the earlier instant for an ambiguous fall-back time', () => {
    // 02:30 happens twice in Berlin on 2026-10-25: first at +02:00 (00:30Z), then at +01:00 (01:30Z).
    expect(zonedTimeToUtc('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // 01:30 happens twice in New York on 2026-11-01: first EDT (05:30Z), then EST (06:30Z).
    expect(zonedTimeToUtc('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('handles half-hour zones, including Adelaide DST gap and overlap', () => {
    expect(zonedTimeToUtc('2026-06-01', '09:00', 'Asia/Kolkata').toISOString()).toBe('2026-06-01T03:30:00.000Z');
    expect(zonedTimeToUtc('2026-01-15', '09:00', 'Australia/Adelaide').toISOString()).toBe('2026-01-14T22:30:00.000Z');
    expect(zonedTimeToUtc('2026-07-15', '09:00', 'Australia/Adelaide').toISOString()).toBe('2026-07-14T23:30:00.000Z');
    // Adelaide falls back 03:00 -> 02:00 on 2026-04-05: 02:30 is ambiguous, take +10:30.
    expect(zonedTimeToUtc('2026-04-05', '02:30', 'Australia/Adelaide').toISOString()).toBe('2026-04-04T16:00:00.000Z');
    // Adelaide springs forward 02:00 -> 03:00 on 2026-10-04: 02:30 becomes 03:30 (+10:30).
    expect(zonedTimeToUtc('2026-10-04', '02:30', 'Australia/Adelaide').toISOString()).toBe('2026-10-03T17:00:00.000Z');
  });
});

describe('nextOccurrences: weekly', () => {
  it('keeps 16:00 Berlin time across the March DST change, so the UTC hour moves', () => {
    const list = nextOccurrences(rule(), utc('2026-03-17T00:00:00Z'), 4);
    expect(starts(list)).toEqual([
      '2026-03-17T15:00:00.000Z',
      '2026-03-24T15:00:00.000Z',
      '2026-03-31T14:00:00.000Z',
      '2026-04-07T14:00:00.000Z',
    ]);
    expect(list.map((o) => o.localTime)).toEqual(['16:00', '16:00', '16:00', '16:00']);
    expect(localDates(list)).toEqual(['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07']);
    expect(list[0]?.end.toISOString()).toBe('2026-03-17T15:45:00.000Z');
  });

  it('keeps 10:00 New York time across the November fall-back', () => {
    const list = nextOccurrences(
      rule({ weekday: 'thursday', time: '10:00', timezone: 'America/New_York', duration: 30, starts: date('2026-01-01') }),
      utc('2026-10-20T00:00:00Z'),
      3,
    );
    expect(starts(list)).toEqual(['2026-10-22T14:00:00.000Z', '2026-10-29T14:00:00.000Z', '2026-11-05T15:00:00.000Z']);
    expect(list.map((o) => o.localTime)).toEqual(['10:00', '10:00', '10:00']);
  });

  it('shows a Berlin meeting moving for New York while US and EU DST dates differ', () => {
    const list = nextOccurrences(rule(), utc('2026-03-01T00:00:00Z'), 5);
    expect(list.map((o) => formatInZone(o.start, 'America/New_York').time)).toEqual([
      '10:00', // 3 Mar: both on winter time, 6 h apart
      '11:00', // 10 Mar: US on summer time, 5 h apart
      '11:00', // 17 Mar
      '11:00', // 24 Mar
      '10:00', // 31 Mar: EU on summer time too, 6 h apart again
    ]);
  });

  it('reports the local date when it differs from the UTC date', () => {
    // Monday 08:00 in Adelaide is Sunday evening UTC.
    const list = nextOccurrences(
      rule({ weekday: 'monday', time: '08:00', timezone: 'Australia/Adelaide', starts: date('2026-01-01') }),
      utc('2026-01-01T00:00:00Z'),
      1,
    );
    expect(list[0]?.start.toISOString()).toBe('2026-01-04T21:30:00.000Z');
    expect(list[0]?.localDate).toBe('2026-01-05');
    expect(list[0]?.localTime).toBe('08:00');
  });

  it('reports the real local time when the meeting time falls in a DST gap', () => {
    const list = nextOccurrences(
      rule({ weekday: 'sunday', time: '02:30', starts: date('2026-03-01') }),
      utc('2026-03-20T00:00:00Z'),
      2,
    );
    expect(starts(list)).toEqual(['2026-03-22T01:30:00.000Z', '2026-03-29T01:30:00.000Z']);
    expect(list.map((o) => o.localTime)).toEqual(['02:30', '03:30']);
  });

  it('works far in the future', () => {
    const list = nextOccurrences(rule({ starts: date('2020-01-07') }), utc('2100-06-01T00:00:00Z'), 2);
    // 2100-06-01 is a Tuesday; Berlin is on summer time (+02:00).
    expect(starts(list)).toEqual(['2100-06-01T14:00:00.000Z', '2100-06-08T14:00:00.000Z']);
  });

  it('returns nothing for count 0', () => {
    expect(nextOccurrences(rule(), utc('2026-03-01T00:00:00Z'), 0)).toEqual([]);
  });
});

describe('nextOccurrences: in progress and ended', () => {
  // The 2026-03-17 meeting runs 15:00Z–15:45Z.
  it('includes a meeting in progress at `from`', () => {
    const list = nextOccurrences(rule(), utc('2026-03-17T15:30:00Z'), 1);
    expect(list[0]?.localDate).toBe('2026-03-17');
    expect(nextOccurrences(rule(), utc('2026-03-17T15:44:59Z'), 1)[0]?.localDate).toBe('2026-03-17');
  });

  it('skips a meeting that has just ended', () => {
    expect(nextOccurrences(rule(), utc('2026-03-17T15:45:00Z'), 1)[0]?.localDate).toBe('2026-03-24');
  });

  it('includes a meeting that started on the previous local day and is still running', () => {
    // Monday 23:30–01:30 in UTC; `from` is Tuesday 00:30.
    const late = rule({ weekday: 'monday', time: '23:30', timezone: 'UTC', duration: 120 });
    const list = nextOccurrences(late, utc('2026-03-17T00:30:00Z'), 2);
    expect(localDates(list)).toEqual(['2026-03-16', '2026-03-23']);
  });
});

describe('nextOccurrences: biweekly', () => {
  const thursdays = (startsOn: string) =>
    rule({ frequency: 'biweekly', weekday: 'thursday', time: '10:00', timezone: 'America/New_York', duration: 30, starts: date(startsOn) });

  it('runs every other week from starts', () => {
    const list = nextOccurrences(thursdays('2026-01-01'), utc('2025-12-01T00:00:00Z'), 3);
    expect(localDates(list)).toEqual(['2026-01-01', '2026-01-15', '2026-01-29']);
  });

  it('anchors on the first matching weekday when starts is another day', () => {
    // 2026-01-03 is a Saturday: the series starts on Thursday 8 January.
    const list = nextOccurrences(thursdays('2026-01-03'), utc('2025-12-01T00:00:00Z'), 3);
    expect(localDates(list)).toEqual(['2026-01-08', '2026-01-22', '2026-02-05']);
  });

  it('keeps the right parity when `from` is in an off week', () => {
    // From Friday 9 Jan the next is 22 Jan, not the off-week 15 Jan.
    const list = nextOccurrences(thursdays('2026-01-03'), utc('2026-01-09T00:00:00Z'), 2);
    expect(localDates(list)).toEqual(['2026-01-22', '2026-02-05']);
  });

  it('keeps the right parity far in the future', () => {
    // 2027-06-03 is an off week for a series anchored on 2026-01-08 (73 weeks later).
    const list = nextOccurrences(thursdays('2026-01-03'), utc('2027-06-01T00:00:00Z'), 2);
    expect(localDates(list)).toEqual(['2027-06-10', '2027-06-24']);
    expect(starts(list)).toEqual(['2027-06-10T14:00:00.000Z', '2027-06-24T14:00:00.000Z']);
  });
});

describe('nextOccurrences: monthly', () => {
  const monthly = (weekday: Recurrence['weekday'], week: Recurrence['week']) =>
    rule({ frequency: 'monthly', weekday, week, time: '17:00', duration: 60, starts: date('2026-01-01') });
  const from = utc('2026-01-01T00:00:00Z');

  it('first Monday', () => {
    expect(localDates(nextOccurrences(monthly('monday', 1), from, 4))).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
      '2026-04-06',
    ]);
  });

  it('third Wednesday', () => {
    expect(localDates(nextOccurrences(monthly('wednesday', 3), from, 4))).toEqual([
      '2026-01-21',
      '2026-02-18',
      '2026-03-18',
      '2026-04-15',
    ]);
  });

  it('last Friday, in months with five Fridays and in February', () => {
    expect(localDates(nextOccurrences(monthly('friday', -1), from, 5))).toEqual([
      '2026-01-30', // January 2026 has five Fridays
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29', // and so does May
    ]);
  });

  it('fourth Friday differs from the last in a five-Friday month', () => {
    expect(localDates(nextOccurrences(monthly('friday', 4), from, 1))).toEqual(['2026-01-23']);
  });

  it('last weekday of February in leap and non-leap years', () => {
    const lastTuesday = rule({ frequency: 'monthly', weekday: 'tuesday', week: -1, starts: date('2028-02-01') });
    expect(nextOccurrences(lastTuesday, utc('2028-02-01T00:00:00Z'), 1)[0]?.localDate).toBe('2028-02-29');
    const lastSunday = rule({ frequency: 'monthly', weekday: 'sunday', week: -1, starts: date('2027-02-01') });
    expect(nextOccurrences(lastSunday, utc('2027-02-01T00:00:00Z'), 1)[0]?.localDate).toBe('2027-02-28');
  });

  it('moves to the next month once this month’s meeting is over', () => {
    // First Monday of March 2026 was 2 March.
    expect(localDates(nextOccurrences(monthly('monday', 1), utc('2026-03-03T00:00:00Z'), 2))).toEqual([
      '2026-04-06',
      '2026-05-04',
    ]);
  });

  it('keeps the local time across DST', () => {
    const list = nextOccurrences(monthly('monday', 1), from, 4);
    expect(starts(list)).toEqual([
      '2026-01-05T16:00:00.000Z',
      '2026-02-02T16:00:00.000Z',
      '2026-03-02T16:00:00.000Z',
      '2026-04-06T15:00:00.000Z',
    ]);
  });
});

describe('nextOccurrences: starts and until', () => {
  it('stops on the inclusive until date', () => {
    const list = nextOccurrences(rule({ until: date('2026-03-31') }), utc('2026-03-20T00:00:00Z'), 10);
    expect(localDates(list)).toEqual(['2026-03-24', '2026-03-31']);
  });

  it('compares until with the local date, not the UTC date', () => {
    // Monday 08:00 Adelaide is Sunday 21:30Z; until Monday 5 Jan must still include it.
    const adelaide = rule({ weekday: 'monday', time: '08:00', timezone: 'Australia/Adelaide', starts: date('2026-01-01'), until: date('2026-01-05') });
    expect(localDates(nextOccurrences(adelaide, utc('2026-01-01T00:00:00Z'), 5))).toEqual(['2026-01-05']);
  });

  it('returns [] when the series has ended', () => {
    expect(nextOccurrences(rule({ until: date('2026-03-31') }), utc('2026-04-01T00:00:00Z'), 3)).toEqual([]);
    expect(nextOccurrences(rule({ until: date('2026-03-31') }), utc('2030-01-01T00:00:00Z'), 3)).toEqual([]);
    const monthly = rule({ frequency: 'monthly', weekday: 'friday', week: -1, until: date('2026-05-01') });
    expect(nextOccurrences(monthly, utc('2026-05-01T00:00:00Z'), 3)).toEqual([]);
  });

  it('starts on or after a future starts date', () => {
    // 2026-06-10 is a Wednesday: the first Tuesday meeting is 16 June.
    const list = nextOccurrences(rule({ starts: date('2026-06-10') }), utc('2026-01-01T00:00:00Z'), 2);
    expect(localDates(list)).toEqual(['2026-06-16', '2026-06-23']);
  });

  it('skips a monthly meeting that falls before a mid-month starts date', () => {
    // The first Monday of June 2026 (1 June) is before starts; the first is 6 July.
    const monthly = rule({ frequency: 'monthly', weekday: 'monday', week: 1, starts: date('2026-06-02') });
    expect(localDates(nextOccurrences(monthly, utc('2026-01-01T00:00:00Z'), 2))).toEqual(['2026-07-06', '2026-08-03']);
  });
});

describe('nextOccurrences: days off (skip)', () => {
  /** A Tokyo Thursday 19:00 meeting with the year-end break and one holiday off. */
  const tokyo = rule({
    weekday: 'thursday', time: '19:00', timezone: 'Asia/Tokyo', starts: date('2026-01-08'),
    skip: [{ from: date('2026-12-28'), to: date('2027-01-03'), reason: '年末年始' }, { date: date('2027-02-11'), reason: '建国記念の日' }],
  });

  it('leaves out every skipped day and keeps counting after them', () => {
    expect(localDates(nextOccurrences(tokyo, utc('2026-12-20T00:00:00Z'), 4))).toEqual(['2026-12-24', '2027-01-07', '2027-01-14', '2027-01-21']);
    expect(localDates(nextOccurrences(tokyo, utc('2027-02-01T00:00:00Z'), 2))).toEqual(['2027-02-04', '2027-02-18']);
  });

  it('reads skip dates in the meeting\'s zone, not in UTC', () => {
    // 19:00 in Tokyo on 31 Dec is 10:00Z the same day; a meeting at 08:00 Tokyo time is the day before in UTC.
    const early = rule({ weekday: 'friday', time: '08:00', timezone: 'Asia/Tokyo', starts: date('2027-01-01'), skip: [{ date: date('2027-01-08') }] });
    const next = nextOccurrences(early, utc('2027-01-02T00:00:00Z'), 2);
    expect(localDates(next)).toEqual(['2027-01-15', '2027-01-22']);
    expect(starts(next)[0]).toBe('2027-01-14T23:00:00.000Z');
  });

  it('lists the skipped meeting days, the upcoming skips and the nearest meeting day', () => {
    expect(skippedDates(tokyo)).toEqual(['2026-12-31', '2027-02-11']);
    expect(upcomingSkips(tokyo, utc('2027-01-02T00:00:00Z')).map((s) => s.reason)).toEqual(['年末年始', '建国記念の日']);
    expect(upcomingSkips(tokyo, utc('2027-01-04T00:00:00Z')).map((s) => s.reason)).toEqual(['建国記念の日']);
    expect(nearestScheduledDate(tokyo, date('2027-02-10'))).toBe('2027-02-11');
    expect(nearestScheduledDate(tokyo, date('2027-02-07'))).toBe('2027-02-04');
    expect(nearestScheduledDate(tokyo, date('2025-06-01'))).toBe('2026-01-08');
    expect(scheduledDates(tokyo, date('2027-01-04'), date('2027-01-06'))).toEqual([]);
  });
});

describe('describeRecurrence', () => {
  it('describes each frequency with the meeting\'s own time and zone', () => {
    expect(describeRecurrence(rule(), english)).toBe('Every Tuesday at 4:00 PM Central European Time, 45 minutes');
    expect(
      describeRecurrence(rule({ frequency: 'biweekly', weekday: 'thursday', time: '10:00', timezone: 'America/New_York', duration: 30 }), english),
    ).toBe('Every other Thursday at 10:00 AM Eastern Time, 30 minutes');
    expect(describeRecurrence(rule({ frequency: 'monthly', weekday: 'monday', week: 1, time: '17:00', duration: 60 }), english)).toBe(
      'First Monday of every month at 5:00 PM Central European Time, 60 minutes',
    );
    expect(describeRecurrence(rule({ frequency: 'monthly', weekday: 'wednesday', week: 3 }), english)).toBe(
      'Third Wednesday of every month at 4:00 PM Central European Time, 45 minutes',
    );
    expect(describeRecurrence(rule({ frequency: 'monthly', weekday: 'friday', week: -1 }), english)).toBe(
      'Last Friday of every month at 4:00 PM Central European Time, 45 minutes',
    );
  });

  it('appends the until date', () => {
    expect(describeRecurrence(rule({ until: date('2026-12-31') }), createI18n('en-GB'))).toBe(
      'Every Tuesday at 16:00 Central European Time, 45 minutes, until 31 Dec 2026',
    );
    expect(describeRecurrence(rule({ until: date('2026-09-01') }), english)).toMatch(/, until Sep 1, 2026$/);
  });

  it('is said in the site\'s language, with the wall-clock time in the meeting\'s zone, never UTC', () => {
    const de = describeRecurrence(rule(), createI18n('de'));
    expect(de).toContain('16:00');
    expect(de).toContain('Mitteleuropäische Zeit');
    expect(de).toContain('45 Minuten');
    expect(describeRecurrence(rule({ timezone: 'Asia/Tokyo', time: '19:30' }), createI18n('ja'))).toContain('19:30');
  });
});

describe('toRRule', () => {
  it('writes each frequency', () => {
    expect(toRRule(rule())).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(toRRule(rule({ frequency: 'biweekly', weekday: 'thursday' }))).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    expect(toRRule(rule({ frequency: 'monthly', weekday: 'monday', week: 1 }))).toBe('FREQ=MONTHLY;BYDAY=1MO');
    expect(toRRule(rule({ frequency: 'monthly', weekday: 'wednesday', week: 3 }))).toBe('FREQ=MONTHLY;BYDAY=3WE');
    expect(toRRule(rule({ frequency: 'monthly', weekday: 'friday', week: -1 }))).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(toRRule(rule({ weekday: 'sunday' }))).toBe('FREQ=WEEKLY;BYDAY=SU');
  });

  it('ends UNTIL at 23:59:59 local time on the until date, in UTC', () => {
    // Berlin in winter is +01:00.
    expect(toRRule(rule({ until: date('2026-12-31') }))).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z');
    // New York in summer is -04:00, so the local day ends on the next UTC day.
    expect(toRRule(rule({ frequency: 'monthly', weekday: 'friday', week: -1, timezone: 'America/New_York', until: date('2026-07-31') }))).toBe(
      'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260801T035959Z',
    );
  });
});

describe('an instant in a zone (Formats.inZone)', () => {
  const instant = utc('2026-03-03T15:00:00Z');

  it('formats day-first with a 24-hour clock and a zone abbreviation (British English)', () => {
    expect(formatInZone(instant, 'America/New_York')).toEqual({ date: 'Tue, 3 Mar 2026', time: '10:00', zoneName: 'EST' });
    expect(formatInZone(instant, 'Europe/Berlin')).toEqual({ date: 'Tue, 3 Mar 2026', time: '16:00', zoneName: 'CET' });
    expect(formatInZone(utc('2026-09-03T15:00:00Z'), 'Europe/Berlin')).toEqual({ date: 'Thu, 3 Sept 2026', time: '17:00', zoneName: 'CEST' });
    expect(formatInZone(utc('2026-07-01T18:05:00Z'), 'America/Los_Angeles').zoneName).toBe('PDT');
    expect(formatInZone(utc('2026-07-01T18:05:00Z'), 'Europe/London').zoneName).toBe('BST');
  });

  it('rolls over to the next local day', () => {
    // 15:00Z + 10:30 = 01:30 the next day in Adelaide.
    const adelaide = formatInZone(instant, 'Australia/Adelaide');
    expect(adelaide.date).toBe('Wed, 4 Mar 2026');
    expect(adelaide.time).toBe('01:30');
  });

  it('shows midnight as 00, not 24', () => {
    expect(formatInZone(utc('2026-03-03T05:00:00Z'), 'America/New_York').time).toBe('00:00');
  });

  it('falls back to a GMT offset where there is no abbreviation', () => {
    expect(formatInZone(instant, 'Asia/Kolkata').zoneName).toMatch(/^GMT\+5:30$|^IST$/);
    expect(formatInZone(instant, 'Asia/Kolkata').time).toBe('20:30');
  });
});
