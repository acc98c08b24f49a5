/**
 * What a wiki with `public: true` in content/site.yaml leaves out: recaps marked
 * `visibility: internal` (the default) and every `<Internal>` part. The rule lives here
 * and is applied where content enters the site (`getWiki()`, the digest's input and the
 * `<Internal>` component), so no page, feed, calendar, search index or digest can forget it.
 *
 * Left out means left out of figures too: a public reader's sums must add up from what
 * they can see (a program's reach is the sum of its listed recaps), and an internal
 * event's audience is itself internal information. A public wiki whose numbers are
 * smaller than the intranet's is the honest result.
 *
 * Leaving out, rather than refusing to build, is deliberate: `visibility` defaults to
 * internal, so a team that turns a wiki public with a hundred unreviewed recaps gets a
 * correct public site at once, with a build line saying how much was held back.
 */
import { findInternalParts, MdxSyntaxError } from './recaps/internal.ts';

/** The one setting this reads, from content/site.yaml. */
export interface PublicationSettings {
  public: boolean;
}

interface RecapLike {
  data: { visibility: 'internal' | 'external' };
}

/** True when `<Internal>` parts are rendered (in a box marked "Internal only"). */
export function showsInternalParts(site: PublicationSettings): boolean {
  return !site.public;
}

/** The recaps the site publishes: all of them on an intranet wiki, only external ones on a public one. */
export function publishedRecaps<R extends RecapLike>(recaps: readonly R[], site: PublicationSettings): R[] {
  return site.public ? recaps.filter((recap) => recap.data.visibility !== 'internal') : [...recaps];
}

/** How much a public build leaves out. */
export interface LeftOut {
  recaps: number;
  /** `<Internal>` parts in published pages (parts of a left-out recap go with it). */
  parts: number;
}

interface CheckedEntryLike {
  collection: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/**
 * Count what a public build leaves out, from the content check's entries (so the build
 * reads no file twice). Undefined for an intranet wiki, which leaves nothing out.
 */
export function leftOutOfPublicSite(entries: readonly CheckedEntryLike[], site: PublicationSettings): LeftOut | undefined {
  if (!site.public) return undefined;
  let recaps = 0;
  let parts = 0;
  for (const entry of entries) {
    if (entry.collection === 'recaps' && entry.data.visibility === 'internal') {
      recaps++;
      continue;
    }
    if (!entry.file.endsWith('.mdx') || !entry.body.includes('<Internal')) continue;
    try {
      parts += findInternalParts(entry.body).length;
    } catch (error) {
      // An unreadable body is the content check's error to report; it stops the build.
      if (!(error instanceof MdxSyntaxError)) throw error;
    }
  }
  return { recaps, parts };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 internal recaps and 5 internal parts were left out because content/site.yaml says public: true." */
export function leftOutLine({ recaps, parts }: LeftOut): string {
  // Both counts always show, so the subject is plural: "1 internal recap and 0 internal parts were".
  return `${plural(recaps, 'internal recap')} and ${plural(parts, 'internal part')} were left out because content/site.yaml says public: true (set it to false to publish them on an intranet wiki).`;
}
