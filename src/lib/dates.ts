/**
 * Date display for the whole site, in one place so every page writes dates alike.
 * Content dates are calendar dates stored at UTC midnight, so they are formatted in UTC
 * (formatting in the build machine's zone could shift them a day).
 */
import { remembered } from './remembered.ts';

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Month abbreviations written out rather than taken from Intl: ICU versions disagree
 * ("13 Sept 2026" from Node's ICU 78, "13 Sep 2026" from older ones; "20 – 21 Oct" against
 * "20–21 Oct"), and the built site must not change with the Node that built it, nor
 * write September two ways on one page (metrics and meeting times say "Sep").
 */
export const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "14 Mar 2026" */
export const formatDate = (date: Date): string => `${date.getUTCDate()} ${shortMonths[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

/** "March 2026" */
export const formatMonth = (date: Date): string => monthFormat.format(date);

/** "2026-03-14", for `<time datetime>` and machine-readable output. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** "2026-03": the calendar month of a schema date (UTC midnight), as metrics and digests key them. */
export const isoMonth = (date: Date): string => date.toISOString().slice(0, 7);

/** "14–16 Mar 2026", "30 Mar – 2 Apr 2026", "30 Dec 2025 – 2 Jan 2026" or a single day. */
export function formatDateRange(start: Date, end?: Date): string {
  if (!end || isoDay(end) === isoDay(start)) return formatDate(start);
  if (start.getUTCFullYear() !== end.getUTCFullYear()) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start.getUTCMonth() !== end.getUTCMonth()) return `${start.getUTCDate()} ${shortMonths[start.getUTCMonth()]} – ${formatDate(end)}`;
  return `${start.getUTCDate()}–${formatDate(end)}`;
}

/** Whole days from `a` to `b` (b − a), by calendar date. */
export function daysBetween(a: Date, b: Date): number {
  const day = 86_400_000;
  return Math.floor(Date.UTC(b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate()) / day) -
    Math.floor(Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate()) / day);
}

const countFormat = new Intl.NumberFormat('en-US');

/** "1,250" (one shared formatter: list pages format a count per entry). */
// The same few thousand counts are written on page after page (every list item, every related block).
export const formatCount: (n: number) => string = remembered((n: number) => countFormat.format(n));

/** "1 event", "3 events". */
export const plural = (n: number, word: string, many = `${word}s`): string => `${formatCount(n)} ${n === 1 ? word : many}`;

/** "1 person", "600 people". */
export const people = (n: number): string => plural(n, 'person', 'people');
