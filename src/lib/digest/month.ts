/**
 * The digest's unit of time: a calendar month written `YYYY-MM`. Validated here once,
 * so `npm run digest -- --month` and the `/digest/<yyyy-mm>/` route agree on what a
 * month is.
 */
import { addMonths } from '../metrics/aggregate.ts';

export { addMonths };

/** A mistyped `--month`, with a message that says what to write instead. */
export class DigestMonthError extends Error {
  override name = 'DigestMonthError';
}

const monthPattern = /^(\d{4})-(\d{2})$/;

/**
 * Check a month written `YYYY-MM` and return it unchanged.
 * @throws DigestMonthError saying what was expected, with an example.
 */
export function parseDigestMonth(value: string | undefined): string {
  const example = 'like 2026-10 for October 2026';
  if (value === undefined || value.trim() === '') throw new DigestMonthError(`--month is required: give the month to summarise, ${example}`);
  const text = value.trim();
  const match = monthPattern.exec(text);
  if (!match) {
    // Common slips get a precise suggestion: 2026/10, 2026-1, 10-2026, 10/2026.
    const yearFirst = /^(\d{4})\D(\d{1,2})$/.exec(text);
    const monthFirst = /^(\d{1,2})\D(\d{4})$/.exec(text);
    const [year, mm] = yearFirst ? [yearFirst[1], yearFirst[2]] : monthFirst ? [monthFirst[2], monthFirst[1]] : [];
    const guess = year && mm && Number(mm) >= 1 && Number(mm) <= 12 ? `${year}-${mm.padStart(2, '0')}` : undefined;
    const hint = guess ? ` Did you mean --month ${guess}?` : '';
    throw new DigestMonthError(`--month "${text}" is not a month written YYYY-MM (four-digit year, dash, two-digit month), ${example}.${hint}`);
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new DigestMonthError(`--month "${text}": month ${match[2]} does not exist; use 01 to 12, ${example}`);
  return text;
}

/** `2026-10` and `2026-10-08` from a schema date, under the names the digest code reads best with. */
export { isoMonth as monthOfDate, isoDay as dayOfDate } from '../dates.ts';

/** `[first instant, first instant of the next month)` of `YYYY-MM`, in UTC ms; cached. */
const bounds = new Map<string, readonly [number, number]>();
function monthBounds(month: string): readonly [number, number] {
  let found = bounds.get(month);
  if (!found) {
    const [year, mm] = month.split('-').map(Number) as [number, number];
    bounds.set(month, (found = [Date.UTC(year, mm - 1, 1), Date.UTC(year, mm, 1)]));
  }
  return found;
}

/**
 * Whether a schema date falls in `month`. Two number comparisons, not a formatted
 * string: every digest page asks this of every recap, so it runs months × entries times.
 */
export const inMonth = (date: Date, month: string): boolean => {
  const [start, end] = monthBounds(month);
  const time = date.getTime();
  return time >= start && time < end;
};
