/**
 * Date display for the whole site, in one place so every page writes dates alike.
 * Content dates are calendar dates stored at UTC midnight, so they are formatted in UTC
 * (formatting in the build machine's zone could shift them a day).
 */
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Remembers what a formatter said for each input. Intl formatting costs microseconds and
 * the same few thousand dates and counts are written on page after page (every list
 * item, every related block), so a large build asked Intl millions of times.
 */
function remembered<K, V>(compute: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = compute(key)));
    return value;
  };
}

const dayOf = remembered((time: number) => dayFormat.format(time));

/** "14 Mar 2026" */
export const formatDate = (date: Date): string => dayOf(date.getTime());

/** "March 2026" */
export const formatMonth = (date: Date): string => monthFormat.format(date);

/** "2026-03-14", for `<time datetime>` and machine-readable output. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** "2026-03": the calendar month of a schema date (UTC midnight), as metrics and digests key them. */
export const isoMonth = (date: Date): string => date.toISOString().slice(0, 7);

/** "14–16 Mar 2026", "30 Mar – 2 Apr 2026" or a single day. */
export function formatDateRange(start: Date, end?: Date): string {
  if (!end || isoDay(end) === isoDay(start)) return formatDate(start);
  return dayFormat.formatRange(start, end);
}

/** Whole days from `a` to `b` (b − a), by calendar date. */
export function daysBetween(a: Date, b: Date): number {
  const day = 86_400_000;
  return Math.floor(Date.UTC(b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate()) / day) -
    Math.floor(Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate()) / day);
}

const countFormat = new Intl.NumberFormat('en-US');

/** "1,250" (one shared formatter: list pages format a count per entry). */
export const formatCount: (n: number) => string = remembered((n: number) => countFormat.format(n));

/** "1 event", "3 events". */
export const plural = (n: number, word: string, many = `${word}s`): string => `${formatCount(n)} ${n === 1 ? word : many}`;
