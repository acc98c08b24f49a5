/**
 * Which content file a page of the preview is the page of, so the error page can list
 * that file's problems first. Every entry's own page is built by src/lib/urls.ts, the
 * same function the site's links use, so the two cannot disagree.
 */
import type { CollectionName } from '../../schemas/collections.ts';
import { entryPath } from '../urls.ts';

interface EntryLike {
  collection: CollectionName;
  id: string;
  /** The file as problems name it. */
  file: string;
}

/**
 * Files whose own page is `pagePath` (site-relative, without the base, like `/recaps/x/`).
 * A metric's CSV belongs to its page as much as its definition does.
 */
export function filesOfPage(pagePath: string, entries: readonly EntryLike[]): Set<string> {
  const files = new Set<string>();
  const wanted = normalise(pagePath);
  for (const entry of entries) {
    if (normalise(entryPath(entry.collection, entry.id)) !== wanted) continue;
    files.add(entry.file);
    if (entry.collection === 'metrics') files.add(entry.file.replace(/\.ya?ml$/, '.csv'));
  }
  return files;
}

/**
 * `/recaps/x`, `/recaps/x/` and `/recaps/x/index.html` are one page; ids are compared
 * decoded and composed (NFC), so `/team/%E6%98%9F…/` and a Mac's decomposed address name
 * the same person.
 */
function normalise(pagePath: string): string {
  let decoded = pagePath;
  try {
    decoded = decodeURIComponent(pagePath);
  } catch {
    // A malformed escape names no entry; compare it as written.
  }
  return decoded.normalize('NFC').replace(/index\.html$/, '').replace(/\/?$/, '/');
}
