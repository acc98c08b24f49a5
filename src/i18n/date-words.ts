/**
 * Whether a date range reads in words, as one date does. ICU has no written interval
 * pattern for some languages and falls back to digits: Japanese and Chinese get
 * "2026/03/23～2026/03/25" where one date is "2026年3月23日". A range is told by the single
 * date's own words (年, 月, 日) missing from it. Tiny and dependency-free: the browser's
 * meeting-time script bundles it with the build's date formats.
 */

/** True when every word of the single date `alone` (its non-space literals) appears in `range`. */
export function readsInWords(range: string, alone: readonly Intl.DateTimeFormatPart[]): boolean {
  return alone.every((part) => part.type !== 'literal' || !part.value.trim() || range.includes(part.value.trim()));
}
