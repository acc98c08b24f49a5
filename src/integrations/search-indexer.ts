/**
 * One Pagefind index being filled while the site renders. Pagefind runs as its own
 * process, so handing it each page as soon as Astro has rendered it lets the second
 * core parse and tokenize pages while Node renders the next ones; only writing the
 * index files is left for the end of the build. (Indexing the finished folder instead
 * made search the longest single step of a large build.)
 */
import { copyFileSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PagefindIndex } from 'pagefind';

/** Thrown when Pagefind reports a problem; the build fails with Pagefind's own words. */
export class SearchIndexError extends Error {
  constructor(step: string, errors: string[]) {
    super(`Search index: Pagefind failed to ${step}:\n${errors.join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

/** What one indexing run produced, for the build log and the tests. */
export interface IndexSummary {
  pages: number;
  bytes: number;
  milliseconds: number;
}

/** Only pages that mark their main content are searchable; see BaseLayout. */
export const searchableMarker = 'data-pagefind-body';

const unusedFiles = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

export class SearchIndexer {
  readonly #started = performance.now();
  readonly #index: Promise<PagefindIndex>;
  readonly #pending: Promise<void>[] = [];
  readonly #errors: string[] = [];
  /** Searchable pages handed to Pagefind: none is a wiki with no content yet, not a failure. */
  #given = 0;
  #writing: Promise<void> | undefined;

  constructor() {
    // Imported lazily so dev servers and unit tests never start Pagefind's binary.
    this.#index = import('pagefind').then(async (pagefind) => {
      const { index, errors } = await pagefind.createIndex({});
      if (!index || errors.length) throw new SearchIndexError('start', errors);
      return index;
    });
    // Surfaced by finish(); without this an early failure would be an unhandled rejection.
    this.#index.catch(() => {});
  }

  /**
   * Queue one rendered page. `sourcePath` is where the page lands in the output
   * (`recaps/x/index.html`), from which Pagefind derives the result URL exactly as it
   * would when reading the folder. Pages without the marker are skipped here, as
   * Pagefind would skip them, without shipping their HTML to its process.
   */
  add(sourcePath: string, html: string): void {
    if (!html.includes(searchableMarker)) return;
    if (this.#writing) {
      this.#errors.push(`${sourcePath} has ${searchableMarker} but was rendered after the index was written: only entry routes (\`[id].astro\`, see entryRoute in indexing-prerenderer.ts) may have searchable pages.`);
      return;
    }
    this.#given += 1;
    this.#pending.push(
      this.#index
        .then((index) => index.addHTMLFile({ sourcePath, content: searchablePart(html) }))
        .then(({ errors }) => void this.#errors.push(...errors.map((error) => `${sourcePath}: ${error}`)))
        // A page Pagefind could not take must fail the build, never go missing from search.
        .catch((error: unknown) => void this.#errors.push(`${sourcePath}: ${error instanceof Error ? error.message : String(error)}`)),
    );
  }

  /**
   * Write the index into `siteDir/pagefind/` once every queued page is in. Called as soon
   * as the last searchable page has rendered, so the writing overlaps the list pages
   * still rendering; finish() calls it too, and it writes only once.
   */
  write(siteDir: string): Promise<void> {
    this.#writing ??= (async () => {
      const index = await this.#index;
      await Promise.all(this.#pending);
      const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
      if (written.errors.length) throw new SearchIndexError('write the index', written.errors);
    })();
    // Surfaced by finish().
    this.#writing.catch(() => {});
    return this.#writing;
  }

  /** Finish writing, check the index, and stop Pagefind. */
  async finish(siteDir: string): Promise<IndexSummary> {
    try {
      await this.write(siteDir);
      if (this.#errors.length) throw new SearchIndexError('index the site', this.#errors);
      const outputPath = path.join(siteDir, 'pagefind');
      // Pagefind also writes its ready-made UIs (~430 KB); the site renders its own, so
      // don't publish them.
      for (const file of readdirSync(outputPath)) if (unusedFiles.test(file)) rmSync(path.join(outputPath, file));
      // Pagefind's MIT licence asks for its notice in every copy of its files; the site is one.
      copyFileSync(fileURLToPath(new URL('../LICENSE/LICENSE', import.meta.resolve('pagefind'))), path.join(outputPath, 'LICENSE.txt'));
      const pages = indexedPages(outputPath);
      // Pagefind reports no error when it indexes nothing; pages given but none indexed
      // would be a silently empty search box, so fail the build. A new team's wiki with
      // no entries yet gives none, and gets an empty index that answers "no results".
      if (pages === 0 && this.#given > 0) throw new SearchIndexError('find content', [`No page under ${siteDir} has ${searchableMarker}; nothing to search.`]);
      return { pages, bytes: folderSize(outputPath), milliseconds: performance.now() - this.#started };
    } finally {
      await SearchIndexer.stop();
    }
  }

  /** Stop Pagefind's process, for a build that failed before finish(). */
  static async stop(): Promise<void> {
    const pagefind = await import('pagefind');
    await pagefind.close();
  }
}

/**
 * What Pagefind reads of a page: the `<html>` tag (its `lang` picks the index's language) and
 * everything from the searchable element to the end of `<main>` (BaseLayout puts it last in
 * `<main>`, and the header, navigation and footer are never indexed). Half the bytes of the
 * page, so half to encode, ship and parse; the index is the same, fragment for fragment, as
 * Pagefind reading the whole written page (tests/build/search.test.ts). A page of another
 * shape goes whole.
 */
export function searchablePart(html: string): string {
  const htmlTag = html.indexOf('<html');
  const htmlTagEnd = html.indexOf('>', htmlTag) + 1;
  const start = html.indexOf(`<div ${searchableMarker}`);
  const end = html.lastIndexOf('</main>');
  if (htmlTag < 0 || start < htmlTagEnd || end < start) return html;
  return `${html.slice(0, htmlTagEnd)}<body>${html.slice(start, end)}</body></html>`;
}

/**
 * Pages in the written index, read from what Pagefind wrote: its addDirectory's own
 * page_count counts every HTML file read, including list pages skipped for lacking
 * data-pagefind-body.
 */
export function indexedPages(indexDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(indexDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}
