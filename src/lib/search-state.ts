/**
 * The search page's state and its URL: `/search/?q=kubecon&type=Recap&year=2026`.
 * Pure functions, shared by the page script and the unit tests, so a shared link
 * always reopens the same results.
 */

/** Pagefind filters set by SearchFacets.astro, in the order the page shows them. */
export const filterKeys = ['type', 'program', 'year', 'tag'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** Headings of the filter groups. */
export const filterLabels: Record<FilterKey, string> = { type: 'Type', program: 'Program', year: 'Year', tag: 'Tag' };

/** Content types in the order readers think of them (not alphabetical). */
export const typeOrder = ['Program', 'Recap', 'Roadbook', 'Meeting', 'Update', 'Person', 'Department', 'Sync', 'Priority', 'Metric'];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
}

/** Read the state from a query string; unknown parameters are ignored. */
export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = Object.fromEntries(filterKeys.map((key) => [key, [...new Set(params.getAll(key).filter(Boolean))]])) as SearchState['filters'];
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state (with `?`, or empty when there is nothing to keep). */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) for (const value of state.filters[key]) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the state asks for anything: a query or at least one filter. */
export function isActive(state: SearchState): boolean {
  return Boolean(state.q) || filterKeys.some((key) => state.filters[key].length > 0);
}

/**
 * Pagefind's filter object: values of one group are alternatives (Recap or Update),
 * groups combine (Recap and 2026).
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const key of filterKeys) if (state.filters[key].length) result[key] = { any: state.filters[key] };
  return result;
}

/** A filter group's values in display order: types by `typeOrder`, years newest first, others A–Z. */
export function orderValues(key: FilterKey, values: string[]): string[] {
  const sorted = [...values];
  if (key === 'type') {
    const rank = (v: string) => (typeOrder.includes(v) ? typeOrder.indexOf(v) : typeOrder.length);
    return sorted.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }
  if (key === 'year') return sorted.sort((a, b) => b.localeCompare(a));
  return sorted.sort((a, b) => a.localeCompare(b));
}

/** "1 result" / "12 results" plus what was searched, for the live region. */
export function describeCount(count: number, state: SearchState): string {
  const noun = count === 1 ? 'result' : 'results';
  const what = state.q ? ` for “${state.q}”` : '';
  const filtered = filterKeys.some((key) => state.filters[key].length) ? ' (filtered)' : '';
  return `${count} ${noun}${what}${filtered}`;
}
