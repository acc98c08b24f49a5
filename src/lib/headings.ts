/**
 * Section headings of rendered pages: a visible link on each (to copy or follow the
 * section's address) and the entries of an "On this page" list. Done on the HTML at
 * build time, so neither costs the reader any JavaScript.
 */
import { escapeHtml } from './escape-html.ts';

/** A heading as Astro's `render()` lists them, or as a page names its own sections. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A page lists its sections once it has this many at the top level (h2). */
export const minSections = 3;

/**
 * The "On this page" entries: h2s and the h3s under them, or none when the page has
 * fewer than `minSections` h2s (a short page needs no table of contents).
 */
export function tocEntries(headings: readonly PageHeading[], min = minSections): PageHeading[] {
  const entries = headings.filter((h) => (h.depth === 2 || h.depth === 3) && h.slug);
  // An h3 before the first h2 would be indented under nothing.
  const firstTop = entries.findIndex((h) => h.depth === 2);
  const kept = firstTop === -1 ? [] : entries.slice(firstTop);
  return kept.filter((h) => h.depth === 2).length >= min ? kept : [];
}

/** An h2 or h3 whose id is its first attribute, as the Markdown pipeline and our components write them. */
const headingPattern = /<(h[23]) id="([^"]+)"([^>]*)>([\s\S]*?)<\/\1>/g;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** The text of a heading's inner HTML: tags dropped, spaces collapsed (still escaped). */
const innerText = (inner: string): string => inner.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

/**
 * The h2s and h3s with ids in rendered HTML, in order: a page's sections whether its
 * Markdown or its template wrote them, so its "On this page" can never miss one.
 */
export function sectionHeadings(html: string): PageHeading[] {
  return [...html.matchAll(headingPattern)].map(([, tag, id, , inner]) => ({
    depth: Number(tag![1]),
    slug: id!,
    text: innerText(inner!).replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => entities[name]!),
  }));
}

/**
 * Adds after every h2 and h3 that has an id a link to it, both in one wrapper: the link
 * stays out of the heading, so the heading's name (what screen readers list) is only its
 * text, and the link's own name says which section it points to. `html` is rendered
 * HTML, so the heading's text is already escaped; its tags are dropped for the name.
 * `label` is the link's name with `{name}` where the heading's text goes (a UI string,
 * `toc.sectionLink`); it is escaped here, the heading's text is not escaped twice.
 */
export function linkHeadings(html: string, label: string): string {
  const [before = '', after = ''] = escapeHtml(label).split('{name}');
  return html.replace(headingPattern, (heading: string, tag: string, id: string, _rest: string, inner: string) => {
    const name = innerText(inner);
    const link = `<a class="heading-link" href="#${id}" data-pagefind-ignore><span aria-hidden="true">#</span><span class="visually-hidden">${before}${name}${after}</span></a>`;
    return `<div class="heading-wrap ${tag}">${heading}${link}</div>`;
  });
}
