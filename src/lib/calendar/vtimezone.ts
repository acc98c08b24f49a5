/**
 * VTIMEZONE components generated from the runtime's own time zone data (Intl), so a
 * feed carries the exact daylight-saving transitions the site used to compute dates.
 * Clients that know the IANA name use their own rules; the rest use these.
 */
import { timeZoneOffsetMinutes } from '../recurrence.ts';
import { localDateTime } from './ics-text.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Transition {
  /** The first instant at the new offset. */
  at: Date;
  from: number;
  to: number;
}

/** Offset changes of `timeZone` between two instants, to the minute. */
export function offsetTransitions(timeZone: string, from: Date, to: Date): Transition[] {
  const transitions: Transition[] = [];
  let previous = timeZoneOffsetMinutes(from, timeZone);
  // Stepping a day at a time finds every change: no zone changes offset twice in a day.
  for (let t = from.getTime() + DAY; t <= to.getTime(); t += DAY) {
    const offset = timeZoneOffsetMinutes(new Date(t), timeZone);
    if (offset === previous) continue;
    let low = t - DAY;
    let high = t;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 2 / 60_000) * 60_000;
      if (timeZoneOffsetMinutes(new Date(middle), timeZone) === previous) low = middle;
      else high = middle;
    }
    transitions.push({ at: new Date(high), from: previous, to: offset });
    previous = offset;
  }
  return transitions;
}

/** `+0130`, `-0500`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The wall-clock time just before the transition, in the offset it had then (RFC 5545's observance DTSTART). */
function localStart(transition: Transition): string {
  const local = new Date(transition.at.getTime() + transition.from * 60_000);
  const iso = local.toISOString();
  return localDateTime(iso.slice(0, 10), iso.slice(11, 16));
}

// Finding transitions steps through every day of the range; the site-wide calendar and
// each meeting's calendar ask for the same zones, so each is computed once per build.
const computed = new Map<string, readonly string[]>();

/** Content lines of a VTIMEZONE covering the years from `fromYear` to `toYear` inclusive. */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const key = `${timeZone} ${fromYear} ${toYear}`;
  let lines = computed.get(key);
  if (!lines) computed.set(key, (lines = computeLines(timeZone, fromYear, toYear)));
  return [...lines];
}

function computeLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const start = new Date(Date.UTC(fromYear, 0, 1));
  const end = new Date(Date.UTC(toYear + 1, 0, 1));
  const transitions = offsetTransitions(timeZone, start, end);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (transitions.length === 0) {
    const offset = formatOffset(timeZoneOffsetMinutes(start, timeZone));
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  }
  for (const transition of transitions) {
    const kind = transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStart(transition)}`,
      `TZOFFSETFROM:${formatOffset(transition.from)}`,
      `TZOFFSETTO:${formatOffset(transition.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
