/** Dates as every page writes them, the same whichever Node (and ICU) built the site. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '../../src/lib/dates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('formatDate', () => {
  it('writes day, abbreviated month and year, September as "Sep" like the rest of the site', () => {
    expect(formatDate(day('2026-03-14'))).toBe('14 Mar 2026');
    // Node 24's ICU writes "13 Sept 2026" for en-GB; charts and meeting times say "Sep".
    expect(formatDate(day('2026-09-13'))).toBe('13 Sep 2026');
    expect(formatDate(day('2027-01-01'))).toBe('1 Jan 2027');
  });
});

describe('formatDateRange', () => {
  it('writes one day once', () => {
    expect(formatDateRange(day('2026-10-20'))).toBe('20 Oct 2026');
    expect(formatDateRange(day('2026-10-20'), day('2026-10-20'))).toBe('20 Oct 2026');
  });

  it('shares the month and year of days in the same month', () => {
    expect(formatDateRange(day('2026-09-12'), day('2026-09-13'))).toBe('12–13 Sep 2026');
  });

  it('spaces the dash when the range crosses a month or a year', () => {
    expect(formatDateRange(day('2026-03-30'), day('2026-04-02'))).toBe('30 Mar – 2 Apr 2026');
    expect(formatDateRange(day('2025-12-30'), day('2026-01-02'))).toBe('30 Dec 2025 – 2 Jan 2026');
  });
});
