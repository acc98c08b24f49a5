/**
 * The pieces of a search result both search UIs show: the facts line (type badge, date,
 * program…) and the excerpt with the matched words marked. One place, so a result looks
 * the same under the header box and on /search/.
 */
import type { PagefindResultData } from './pagefind.ts';

/** `document.createElement` with a class and text, for the result builders. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Result meta fields (set by SearchFacets.astro) shown after the type and the date, in this order. */
const factKeys = ['program', 'event', 'audience', 'role', 'department', 'period', 'chapter', 'when'];

/** The facts line: type badge, `<time datetime>`, then program, event, audience… */
export function resultFacts(meta: PagefindResultData['meta'], tag: 'p' | 'span' = 'p'): HTMLElement {
  const facts = element(tag, 'result-meta');
  if (meta.type) facts.append(element('span', 'badge plain', meta.type));
  if (meta.date) {
    // The same date as on the page, with its ISO day (SearchFacets' `iso`) for machines.
    const date = element('time', '', meta.date);
    if (meta.iso) date.dateTime = meta.iso;
    facts.append(date);
  }
  for (const key of factKeys) if (meta[key]) facts.append(element('span', '', meta[key]));
  return facts;
}

/** An excerpt with `<mark>` around the matches. */
export function resultExcerpt(excerpt: string, tag: 'p' | 'span' = 'p'): HTMLElement {
  const node = element(tag, 'result-excerpt');
  // Pagefind escapes the page text and adds only <mark> around the matches.
  node.innerHTML = excerpt;
  return node;
}

/**
 * The headings of a result that matched, best first, without the page itself (Pagefind
 * lists the part above the first heading as a sub-result with the page's own URL).
 */
export function matchingSections(data: PagefindResultData, limit: number): NonNullable<PagefindResultData['sub_results']> {
  return (data.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, limit);
}
