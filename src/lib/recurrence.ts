/**
 * Recurring meeting dates: when the next occurrences are, how to say the rule in words,
 * and how to write it as an iCalendar RRULE.
 *
 * Meeting times are wall-clock times in the meeting's own time zone ("16:00 in Berlin"),
 * so the UTC instant moves when daylight saving changes. All calendar arithmetic is done on
 * local calendar dates (as whole day numbers) and only the final date + time is converted to
 * UTC, with `Intl.DateTimeFormat` as the only source of time zone data (no date library).
 */
import type { Recurrence, Skip } from '../schemas/meetings.ts';
import type { I18n } from '../i18n/i18n.ts';
import { remembered } from './remembered.ts';

/** One concrete occurrence of a recurring meeting. */
export interface Occurrence {
  /** Start as a UTC instant. */
  start: Date;
  /** `start` plus the meeting's duration. */
  end: Date;
  /** Calendar date of the start in the meeting's time zone, `YYYY-MM-DD`. */
  localDate: string;
  /** Wall-clock start time in the meeting's time zone, `HH:MM` (24-hour). */
  localTime: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

type Weekday = Recurrence['weekday'];
/** Monday first, matching ISO weeks; index = days after Monday. */
const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/* ---------- Calendar dates as day numbers (days since 1970-01-01) ---------- */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Day number of a calendar date; Date.UTC is used purely as a proleptic calendar here. */
function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY);
}

/** Day number of a schema date (a Date at UTC midnight of the intended calendar date). */
function dayOfSchemaDate(date: Date): number {
  return Math.floor(date.getTime() / DAY);
}

/** `YYYY-MM-DD` of a day number. */
function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday (3). */
function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function parseIsoDate(value: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`expected a date written YYYY-MM-DD, got "${value}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function parseTime(value: string): [number, number] {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) throw new Error(`expected a time written HH:MM, got "${value}"`);
  return [Number(match[1]), Number(match[2])];
}

/* ---------- Time zones via Intl ---------- */

// Formatters are costly to build and the site uses a handful of zones: each is built once per zone.
const partsFormatter = remembered((timeZone: string) => new Intl.DateTimeFormat('en-US', {
  timeZone,
  // h23, not hour12:false: the latter prints midnight as "24" in some engines.
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
}));

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in `timeZone` at `instant`. */
function wallClock(instant: Date, timeZone: string): WallClock {
  const fields: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) fields[part.type] = part.value;
  return {
    year: Number(fields.year),
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour) % 24, // belt and braces for engines that still say "24"
    minute: Number(fields.minute),
    second: Number(fields.second),
  };
}

/** The calendar date (`YYYY-MM-DD`) in `timeZone` at `instant`: "today" where the team is. */
export function zonedDate(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return isoOfDay(dayNumber(year, month, day));
}

const offsetFormatter = remembered((timeZone: string) => new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }));

/**
 * Offset of timeZone at instant, in minutes east of UTC (e.g. Europe/Berlin in summer = 120).
 * Reads Intl's own `GMT+02:00` rather than comparing wall-clock parts: one string instead
 * of seven parts, about 3× faster, and a calendar's time zones look up thousands of days
 * (see calendar/vtimezone.ts).
 */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  // "1/1/2018, GMT+01:00"; "GMT" alone at UTC; seconds only in old local mean times.
  const text = offsetFormatter(timeZone).format(instant);
  const match = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(text);
  if (!match) throw new Error(`Unexpected offset format for ${timeZone}: ${text}`);
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]) + Number(match[4] ?? 0) / 60;
  return Math.round(match[1] === '-' ? -minutes : minutes);
}

/**
 * Convert a wall-clock date+time in an IANA zone to the UTC instant. For a time that doesn't
 * exist (spring-forward gap) move forward by the gap (02:30 -> 03:30), for an ambiguous time
 * (fall-back) take the earlier instant.
 * @param localDate `YYYY-MM-DD`
 * @param localTime `HH:MM`, 24-hour
 * @param timeZone IANA zone such as `Europe/Berlin`
 */
export function zonedTimeToUtc(localDate: string, localTime: string, timeZone: string): Date {
  const [year, month, day] = parseIsoDate(localDate);
  const [hour, minute] = parseTime(localTime);
  // The wall time read as if it were UTC; the real instant is within ±14 h of it.
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force a day either side cover any single transition near this time.
  const before = timeZoneOffsetMinutes(new Date(wall - DAY), timeZone);
  const after = timeZoneOffsetMinutes(new Date(wall + DAY), timeZone);
  const candidates = [...new Set([before, after, timeZoneOffsetMinutes(new Date(wall), timeZone)])]
    // An offset is right only if the zone really uses it at the instant it implies.
    .filter((offset) => timeZoneOffsetMinutes(new Date(wall - offset * MINUTE), timeZone) === offset)
    .map((offset) => wall - offset * MINUTE)
    .sort((a, b) => a - b);
  // Two real candidates = fall-back overlap: the earlier one is the first time the clock shows it.
  if (candidates[0] !== undefined) return new Date(candidates[0]);
  // None = spring-forward gap. Reading the wall time with the pre-gap offset lands that many
  // minutes past the transition, i.e. the time is pushed forward by the gap (02:30 -> 03:30).
  return new Date(wall - before * MINUTE);
}

/* ---------- Occurrences ---------- */

/** Day number of the first day on/after `day` that falls on `weekday` (0 = Monday). */
function onOrAfter(day: number, weekday: number): number {
  return day + ((weekday - weekdayOfDay(day) + 7) % 7);
}

/** Day number of the nth (1-4) or last (-1) `weekday` of a month. */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, week: number): number {
  if (week === -1) {
    // Last day of the month is day 0 of the next month; step back to the weekday.
    const last = dayNumber(year, month + 1, 0);
    return last - ((weekdayOfDay(last) - weekday + 7) % 7);
  }
  return onOrAfter(dayNumber(year, month, 1), weekday) + (week - 1) * 7;
}

function makeOccurrence(day: number, rule: Recurrence): Occurrence {
  const start = zonedTimeToUtc(isoOfDay(day), rule.time, rule.timezone);
  // Read the local date/time back from the instant: in a DST gap the meeting really starts
  // at 03:30, and that is what people should be told.
  const wall = wallClock(start, rule.timezone);
  return {
    start,
    end: new Date(start.getTime() + rule.duration * MINUTE),
    localDate: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`,
    localTime: `${pad(wall.hour)}:${pad(wall.minute)}`,
  };
}

/**
 * The candidate meeting days (as day numbers), in order, starting no later than needed to
 * catch any occurrence that could still be running at `from`. Infinite unless `until` stops
 * the caller; each step is O(1), so far-future `from` costs nothing extra.
 */
function* candidateDays(rule: Recurrence, from: Date): Generator<number> {
  const weekday = WEEKDAYS.indexOf(rule.weekday);
  const startDay = dayOfSchemaDate(rule.starts);
  const fromWall = wallClock(from, rule.timezone);
  // Only a meeting that started within its own duration (plus a day for the zone's offset)
  // before `from` can still be running, so begin there rather than at `starts`: this keeps
  // the search short however far `from` is from `starts`.
  const lookbackDays = Math.ceil(rule.duration / (24 * 60)) + 1;
  const earliest = Math.max(startDay, dayNumber(fromWall.year, fromWall.month, fromWall.day) - lookbackDays);

  if (rule.frequency === 'monthly') {
    const week = rule.week ?? 1;
    const first = new Date(earliest * DAY);
    // Month counter from year 0 so "next month" is just +1.
    for (let m = first.getUTCFullYear() * 12 + first.getUTCMonth(); ; m++) {
      const day = nthWeekdayOfMonth(Math.floor(m / 12), (m % 12) + 1, weekday, week);
      if (day >= earliest) yield day;
    }
  } else {
    // Weekly and biweekly step from the first matching weekday on/after `starts`, so biweekly
    // parity stays anchored on `starts` however far ahead we jump.
    const period = rule.frequency === 'biweekly' ? 14 : 7;
    const anchor = onOrAfter(startDay, weekday);
    const skipped = Math.max(0, Math.ceil((earliest - anchor) / period));
    for (let day = anchor + skipped * period; ; day += period) yield day;
  }
}

/** The first and last day a skip entry covers (one day for `date`), or undefined for an incomplete one. */
export function skipSpan(skip: Skip): { first: Date; last: Date } | undefined {
  const first = skip.date ?? skip.from;
  const last = skip.date ?? skip.to;
  return first && last ? { first, last } : undefined;
}

/** The skip entries of a rule as inclusive ranges of day numbers (local dates in its zone). */
function skipRanges(rule: Recurrence): Array<[number, number]> {
  return (rule.skip ?? []).flatMap((skip): Array<[number, number]> => {
    const span = skipSpan(skip);
    return span ? [[dayOfSchemaDate(span.first), dayOfSchemaDate(span.last)]] : [];
  });
}

/** True when the meeting does not happen on `day`: it falls in one of the rule's skips. */
const isSkipped = (ranges: ReadonlyArray<[number, number]>, day: number): boolean => ranges.some(([first, last]) => day >= first && day <= last);

/**
 * The next `count` occurrences whose END is after `from` (so a meeting in progress is still
 * listed), in order, honouring `starts` and `until` (until is an inclusive local date) and
 * leaving out the days in `skip`. Biweekly counts every other week from the first matching
 * weekday on/after `starts`. Monthly = nth (or last) weekday of each month. Returns [] when
 * the series has ended. Jumps straight to the week/month of `from`, so it is fast for any `from`.
 */
export function nextOccurrences(rule: Recurrence, from: Date, count: number): Occurrence[] {
  const occurrences: Occurrence[] = [];
  if (count <= 0) return occurrences;
  const untilDay = rule.until ? dayOfSchemaDate(rule.until) : Infinity;
  const skips = skipRanges(rule);
  for (const day of candidateDays(rule, from)) {
    if (day > untilDay) break;
    if (isSkipped(skips, day)) continue;
    const occurrence = makeOccurrence(day, rule);
    if (occurrence.end.getTime() <= from.getTime()) continue;
    occurrences.push(occurrence);
    if (occurrences.length >= count) break;
  }
  return occurrences;
}

/**
 * The days (`YYYY-MM-DD`, local to the meeting) the series would meet from `first` to
 * `last` inclusive, skips not applied: what `skip` can leave out, and what EXDATE names.
 */
export function scheduledDates(rule: Recurrence, first: Date, last: Date): string[] {
  const firstDay = dayOfSchemaDate(first);
  const lastDay = Math.min(dayOfSchemaDate(last), rule.until ? dayOfSchemaDate(rule.until) : Infinity);
  const dates: string[] = [];
  for (const day of candidateDays(rule, new Date(firstDay * DAY))) {
    if (day > lastDay) break;
    if (day >= firstDay) dates.push(isoOfDay(day));
  }
  return dates;
}

/**
 * The scheduled days a rule's `skip` leaves out, in order, each once: the meeting's
 * EXDATEs. A skip that covers no meeting day adds nothing (the check warns about it).
 */
export function skippedDates(rule: Recurrence): string[] {
  const dates = new Set<string>();
  for (const [first, last] of skipRanges(rule)) {
    for (const date of scheduledDates(rule, new Date(first * DAY), new Date(last * DAY))) dates.add(date);
  }
  return [...dates].sort();
}

/**
 * The skips to show a reader on `from`: those whose last day is still ahead (in the
 * meeting's zone) and that leave out at least one meeting, earliest first.
 */
export function upcomingSkips(rule: Recurrence, from: Date): Skip[] {
  const wall = wallClock(from, rule.timezone);
  const today = dayNumber(wall.year, wall.month, wall.day);
  return (rule.skip ?? [])
    .flatMap((skip) => {
      const span = skipSpan(skip);
      return span && dayOfSchemaDate(span.last) >= today && scheduledDates(rule, span.first, span.last).length > 0 ? [{ skip, first: span.first }] : [];
    })
    .sort((a, b) => a.first.getTime() - b.first.getTime())
    .map(({ skip }) => skip);
}

/**
 * The meeting day closest to `date` (`YYYY-MM-DD`), the earlier of two as close: the
 * series' first one for a date before it starts, its last for one after `until`. For
 * telling an author which date a skip probably meant.
 */
export function nearestScheduledDate(rule: Recurrence, date: Date): string | undefined {
  const day = dayOfSchemaDate(date);
  const untilDay = rule.until ? dayOfSchemaDate(rule.until) : Infinity;
  const centre = Math.min(Math.max(day, dayOfSchemaDate(rule.starts)), untilDay);
  // Every frequency meets at least once in six weeks.
  let nearest: string | undefined;
  let nearestDistance = Infinity;
  for (const iso of scheduledDates(rule, new Date((centre - 42) * DAY), new Date((centre + 42) * DAY))) {
    const distance = Math.abs(dayNumber(...parseIsoDate(iso)) - day);
    if (distance < nearestDistance) [nearest, nearestDistance] = [iso, distance];
  }
  return nearest;
}

/* ---------- Words ---------- */

/**
 * The rule as a sentence in the site's language, e.g. "Every Tuesday at 4:00 PM Central
 * European Time, 45 minutes", "Every other Thursday at 10:00 AM Eastern Time, 30
 * minutes", "First Monday of every month …" or "Last Friday of every month …", with
 * ", until Dec 31, 2026" when the series ends. The time is the meeting's own wall-clock
 * time, named with its zone, never converted to UTC.
 */
export function describeRecurrence(rule: Recurrence, { t, f }: Pick<I18n, 't' | 'f'>): string {
  const values = {
    weekday: f.weekday(WEEKDAYS.indexOf(rule.weekday)),
    time: f.time(rule.time),
    // The zone's name as of the series' start: "Central European Time" covers summer too.
    zone: f.zoneName(rule.timezone, rule.starts),
    duration: f.minutes(rule.duration),
    ordinal: t(`recurrence.week.${rule.week ?? 1}`),
  };
  const sentence = t(rule.frequency === 'weekly' ? 'recurrence.weekly' : rule.frequency === 'biweekly' ? 'recurrence.biweekly' : 'recurrence.monthly', values);
  return rule.until ? t('recurrence.until', { rule: sentence, date: f.date(rule.until) }) : sentence;
}

/** `YYYYMMDDTHHMMSSZ`, the RFC 5545 UTC date-time form. */
function icsUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * RFC 5545 RRULE value, e.g. 'FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
 * 'FREQ=MONTHLY;BYDAY=1MO' or 'FREQ=MONTHLY;BYDAY=-1FR', plus ';UNTIL=YYYYMMDDTHHMMSSZ'
 * when the series ends: the until date at 23:59:59 local time, in UTC.
 */
export function toRRule(rule: Recurrence): string {
  const byday = RRULE_DAYS[WEEKDAYS.indexOf(rule.weekday)];
  const parts =
    rule.frequency === 'weekly'
      ? ['FREQ=WEEKLY', `BYDAY=${byday}`]
      : rule.frequency === 'biweekly'
        ? ['FREQ=WEEKLY', 'INTERVAL=2', `BYDAY=${byday}`]
        : ['FREQ=MONTHLY', `BYDAY=${rule.week ?? 1}${byday}`];
  if (rule.until) {
    // UNTIL must be UTC when DTSTART has a zone (RFC 5545 3.3.10); the end of the local day
    // keeps an occurrence on the until date inside the series whatever its time.
    const lastMinute = zonedTimeToUtc(isoOfDay(dayOfSchemaDate(rule.until)), '23:59', rule.timezone);
    parts.push(`UNTIL=${icsUtc(new Date(lastMinute.getTime() + 59_000))}`);
  }
  return parts.join(';');
}
