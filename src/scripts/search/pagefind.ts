/**
 * Pagefind's browser API, loaded once per page from the URL the page names (with the
 * base path), and the subset of its types the search UIs use. Shared by the /search/
 * page and the header's results-as-you-type, so both read the index the same way.
 */

/** A heading inside a result page that matched too (Pagefind's sub-result). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}
export interface PagefindResult { data(): Promise<PagefindResultData> }
export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts per filter value for this query and these filters. */
  filters: Record<string, Record<string, number>>;
  /** The same counts as if no filter were set. */
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: unknown }): Promise<PagefindSearch | null>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Imports Pagefind from `url` (a runtime URL the bundler must not resolve) and points it
 * at the site's `base`: the index was built from the output folder, which has no base
 * path in it. Rejects when the index is missing; a later call tries again.
 */
export function loadPagefind(url: string, base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ baseUrl: base, excerptLength: 24 });
    await api.init();
    return api;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** What to tell a reader when the index cannot be loaded (a UI string the page hands over). */
export function unavailableKey(): 'search.unavailableDev' | 'search.unavailable' {
  return import.meta.env.DEV ? 'search.unavailableDev' : 'search.unavailable';
}
