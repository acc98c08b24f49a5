/**
 * Calendar arithmetic and machine-readable dates, in one place. Content dates are
 * calendar dates stored at UTC midnight, so they are read in UTC (the build machine's
 * zone could shift them a day). Dates for readers are written by the site's language
 * (src/i18n/formats.ts), never here.
 */

/** "2026-03-14", for `<time datetime>` and machine-readable output. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** "2026-03": the calendar month of a schema date (UTC midnight), as metrics and digests key them. */
export const isoMonth = (date: Date): string => date.toISOString().slice(0, 7);

/** Whole days from `a` to `b` (b − a), by calendar date. */
export function daysBetween(a: Date, b: Date): number {
  const day = 86_400_000;
  return Math.floor(Date.UTC(b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate()) / day) -
    Math.floor(Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate()) / day);
}
