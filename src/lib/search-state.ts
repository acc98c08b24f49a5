/**
 * The search page's state and its URL: `/search/?q=kubecon&type=Recap&year=2026`.
 * Pure functions, shared by the page script and the unit tests, so a shared link
 * always reopens the same results. Filter values are the words the index was built
 * with, in the site's language (`type=イベントレポート` on a Japanese wiki).
 */
import type { MessageKey } from '../i18n/en/index.ts';
import type { MessageValues } from '../i18n/types.ts';

/** Pagefind filters set by SearchFacets.astro, in the order the page shows them. */
export const filterKeys = ['type', 'program', 'year', 'tag'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** Headings of the filter groups, as UI strings. */
export const filterLabels: Record<FilterKey, MessageKey> = { type: 'search.filter.type', program: 'search.filter.program', year: 'search.filter.year', tag: 'search.filter.tag' };

/** Content types in the order readers think of them (not alphabetical); their words are UI strings. */
export const typeKeys = [
  'search.type.program', 'search.type.recap', 'search.type.roadbook', 'search.type.meeting', 'search.type.update',
  'search.type.person', 'search.type.department', 'search.type.sync', 'search.type.priority', 'search.type.metric',
] as const satisfies readonly MessageKey[];

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

/**
 * A filter group's values in display order: types by `typeOrder` (the type words in
 * reading order, in the site's language), years newest first, others as the locale sorts.
 */
export function orderValues(key: FilterKey, values: string[], typeOrder: readonly string[] = [], locale?: string): string[] {
  const sorted = [...values];
  const collator = new Intl.Collator(locale);
  if (key === 'type') {
    const rank = (v: string) => (typeOrder.includes(v) ? typeOrder.indexOf(v) : typeOrder.length);
    return sorted.sort((a, b) => rank(a) - rank(b) || collator.compare(a, b));
  }
  if (key === 'year') return sorted.sort((a, b) => b.localeCompare(a));
  return sorted.sort((a, b) => collator.compare(a, b));
}

/** "1 result" / "12 results" plus what was searched, for the live region, in the words of `t`. */
export function describeCount(count: number, state: SearchState, t: (key: MessageKey, values?: MessageValues) => string): string {
  const text = state.q ? t('search.countFor', { count, query: state.q }) : t('search.count', { count });
  return filterKeys.some((key) => state.filters[key].length) ? t('search.filtered', { text }) : text;
}
