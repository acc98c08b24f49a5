/**
 * Links to a section (`[setup](#install)`, `/programs/ambassadors/#outcomes`) must find
 * that section, or the reader lands at the top of the page with no sign of what was
 * meant. Checked against the ids each page will have, before anything is built: its
 * body's headings (outline.ts makes them as the pipeline does) and the sections its page
 * template adds (`templateSections`). Links to pages that are not an entry's (the home
 * page, lists) are left to `npm run check:links`, which reads the built site.
 */
import type { CollectionName } from '../../schemas/collections.ts';
import { closestMatches } from '../did-you-mean.ts';
import { entryPath } from '../urls.ts';
import type { BodyOutline } from './body/outline.ts';
import type { Problem } from './problem.ts';

/**
 * Section ids every page of a collection has besides its body's headings, written by its
 * template (src/pages/…). Some show only when there is something to list (a program's
 * recaps); linking to those is checked for real by `npm run check:links`. A build test
 * (tests/build/anchors.test.ts) fails when a template's headings and this list part.
 */
export const templateSections: Record<CollectionName, readonly string[]> = {
  programs: ['outcomes', 'program-metrics', 'program-recaps', 'program-updates'],
  recaps: ['why', 'links', 'related', 'add-event'],
  roadbook: [],
  meetings: ['join'],
  updates: [],
  team: ['p-programs', 'p-recaps', 'p-meetings', 'p-chapters', 'p-updates', 'p-syncs'],
  departments: ['cares', 'together', 'syncs'],
  syncs: ['takeaways', 'follow-ups'],
  priorities: ['measured', 'priority-metrics', 'serving'],
  metrics: ['trend'],
};

export interface AnchoredEntry {
  collection: CollectionName;
  id: string;
  /** Path shown in problems. */
  file: string;
  /** The body's ids and fragment links, for Markdown entries. */
  outline?: BodyOutline;
}

/** `%E6%9D%B1` and `東` name the same section, as they do for the browser. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

const withSlash = (pathname: string) => (pathname.endsWith('/') ? pathname : `${pathname}/`);

/** Every link to a section that the page it names will not have. */
export function checkAnchors(entries: readonly AnchoredEntry[]): Problem[] {
  const pages = new Map(entries.map((entry) => [entryPath(entry.collection, entry.id), entry]));
  const idsOf = new Map<AnchoredEntry, ReadonlySet<string>>();
  const sections = (entry: AnchoredEntry) => {
    let ids = idsOf.get(entry);
    if (!ids) idsOf.set(entry, (ids = new Set([...(entry.outline?.ids ?? []), ...templateSections[entry.collection]])));
    return ids;
  };
  const problems: Problem[] = [];
  for (const entry of entries) {
    const page = entryPath(entry.collection, entry.id);
    for (const link of entry.outline?.links ?? []) {
      let url: URL;
      try {
        url = new URL(link.url, `http://wiki.invalid${page}`);
      } catch {
        continue;
      }
      const fragment = decodeFragment(url.hash.slice(1));
      // "#" alone and "#top" take the reader to the top of any page.
      if (!fragment || fragment === 'top') continue;
      const target = pages.get(withSlash(url.pathname));
      if (!target || sections(target).has(fragment)) continue;
      const here = target === entry;
      const known = [...(target.outline?.ids ?? []), ...templateSections[target.collection]];
      const suggestion = closestMatches(fragment, known, 1)[0];
      problems.push({
        severity: 'error',
        file: entry.file,
        line: link.line,
        column: link.column,
        message: `no section "#${fragment}" on ${here ? 'this page' : `${withSlash(url.pathname)} (${target.file})`}, so the link would open ${here ? 'nowhere' : 'at the top of that page'}`,
        hint: suggestion
          ? `did you mean #${suggestion}?`
          : known.length
            ? `its sections are ${known.slice(0, 8).map((id) => `#${id}`).join(', ')}${known.length > 8 ? ', …' : ''}`
            : 'that page has no sections to link to: link to the page itself',
      });
    }
  }
  return problems;
}
