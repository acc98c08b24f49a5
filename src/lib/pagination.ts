/**
 * Splitting long lists into numbered pages, so no page lists every entry of a growing
 * collection (a team writing recaps for years would otherwise get one page per year
 * listing hundreds, and build time and output size would grow with N²).
 * Pure and unit-tested; URLs come from `src/lib/urls.ts` (`paths.*(…, page)`).
 */

/** Entries per page of a list (recaps of a year, a tag, a program; updates; syncs). */
export const pageSize = 50;

/**
 * How many of the latest entries a related-content block shows (a program's recaps on
 * its page, a person's events); when there are more, it links to the full paginated
 * list, which exists only then.
 */
export const previewSize = 10;

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in the list (at least 1, even for an empty list). */
  count: number;
  /** This page's entries. */
  items: T[];
  /** Entries in the whole list. */
  total: number;
  /** 1-based position of the first entry on this page (0 for an empty list). */
  first: number;
  /** 1-based position of the last entry on this page. */
  last: number;
}

/** Every page of `items`, in order; an empty list still gets one (empty) page. */
export function paginateList<T>(items: readonly T[], size: number = pageSize): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number ≥ 1, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const pageItems = items.slice(i * size, (i + 1) * size);
    return {
      number: i + 1,
      count,
      items: pageItems,
      total: items.length,
      first: pageItems.length ? i * size + 1 : 0,
      last: i * size + pageItems.length,
    };
  });
}

/**
 * The page numbers a pagination nav shows: the first, the last and `span` either side
 * of the current one, with `'gap'` where numbers are skipped. Bounded (at most
 * 2·span + 5 items) however many pages there are.
 * @example pageWindow(6, 12) → [1, 'gap', 5, 6, 7, 'gap', 12]
 */
export function pageWindow(current: number, count: number, span = 1): Array<number | 'gap'> {
  const shown = new Set([1, count]);
  for (let n = current - span; n <= current + span; n++) if (n >= 1 && n <= count) shown.add(n);
  // A gap of a single number is shown as that number: "1 2 3" reads better than "1 … 3".
  const sorted = [...shown].sort((a, b) => a - b);
  const out: Array<number | 'gap'> = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous === 2) out.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push('gap');
    out.push(n);
  }
  return out;
}

/**
 * Route params for a paginated list served by a rest route (`[...page].astro`):
 * `undefined` for page 1 (the list's own URL), `page/<n>` after it. Matches
 * `pagedPath` in urls.ts.
 */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `page/${number}`;
}
