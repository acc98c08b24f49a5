/**
 * The search index covers exactly the content: one indexed page per entry of the
 * indexed collections, nothing from list pages, headers or footers; and a Pagefind
 * problem fails the build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchIndexer, indexedPages } from '../../src/integrations/search-indexer.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { htmlFiles } from '../../src/lib/link-check.ts';
import { paths } from '../../src/lib/urls.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const sampleContent = path.join(root, 'content');

/** Collections whose entry pages are searchable. A new collection must be added here on purpose. */
const indexedCollections: CollectionName[] = ['programs', 'recaps', 'roadbook', 'meetings', 'updates', 'team', 'departments', 'syncs', 'priorities', 'metrics'];

describe('the search index of the sample wiki', () => {
  let build: BuildResult;
  let marked: string[];
  beforeAll(() => {
    build = buildSite();
    marked = htmlFiles(build.outDir).filter((file) => readFileSync(path.join(build.outDir, file), 'utf8').includes('data-pagefind-body'));
  });

  it('is written by the build into pagefind/', () => {
    expect(build.ok, build.output).toBe(true);
    expect(readFileSync(path.join(build.outDir, 'pagefind/pagefind.js'), 'utf8').length).toBeGreaterThan(0);
  });

  it('has one page per content page, and one content page per entry of the indexed collections', () => {
    const { entries } = checkContent(sampleContent, root);
    // Metric definitions count once the site publishes metric pages (being built in parallel).
    const metricsPublished = existsSync(path.join(build.outDir, 'metrics'));
    const expected = entries.filter((entry) => indexedCollections.includes(entry.collection) && (entry.collection !== 'metrics' || metricsPublished)).length;
    expect(marked.length).toBe(expected);
    expect(indexedPages(path.join(build.outDir, 'pagefind'))).toBe(marked.length);
  });

  it('holds the same pages, words, meta and filters as indexing the finished folder would', async () => {
    // The build feeds Pagefind page by page while rendering; plain Pagefind reading the
    // written folder afterwards (the benchmark baseline's indexing step) is the reference.
    const copy = mkdtempSync(path.join(os.tmpdir(), 'devrel-search-folder-'));
    cpSync(build.outDir, copy, { recursive: true });
    rmSync(path.join(copy, 'pagefind'), { recursive: true });
    const indexed = spawnSync(process.execPath, ['scripts/bench/pagefind-index.ts', copy], { cwd: path.resolve(import.meta.dirname, '../..'), encoding: 'utf8' });
    expect(indexed.status, indexed.stderr).toBe(0);
    const built = fragments(path.join(build.outDir, 'pagefind'));
    expect(built.length).toBe(marked.length);
    expect(built).toEqual(fragments(path.join(copy, 'pagefind')));
  });

  it('leaves list pages, the printable roadbook, search and 404 out', () => {
    const lists = ['/', paths.programs(), paths.recaps(), paths.recapYear(2026), paths.tags(), paths.roadbook(), paths.roadbookPrint(), paths.meetings(), paths.updates(), paths.team(), paths.departments(), paths.syncs(), paths.priorities(), paths.search()];
    const markedPaths = new Set(marked.map((file) => `/${path.dirname(file).split(path.sep).join('/')}/`.replace('/./', '/')));
    expect(lists.filter((page) => markedPaths.has(page))).toEqual([]);
    expect(marked).not.toContain('404.html');
  });

  it('indexes only the main content, never the header, navigation or footer', () => {
    for (const file of marked) {
      const html = readFileSync(path.join(build.outDir, file), 'utf8');
      const body = html.slice(html.indexOf('data-pagefind-body'));
      expect(body.indexOf('<footer'), file).toBeGreaterThan(body.indexOf('</main>'));
      expect(html.indexOf('data-pagefind-body'), file).toBeGreaterThan(html.indexOf('</header>'));
    }
  });

  it('keeps the words of neighbouring elements apart ("Team Marcus", not "TeamMarcus")', () => {
    // Astro drops the line breaks between tags (compressHTML), and Pagefind reads <dt>, <dd>,
    // <th> and inline elements as running text: "<dt>Team</dt><dd>Marcus…" was indexed as the
    // word "TeamMarcus", so searching for Marcus missed the page. A stored word that runs a
    // lower-case letter into a capital or a digit (or a digit into a letter) must be written
    // so in the content itself, as "TypeScript" and "v2" are.
    const source = contentText(sampleContent);
    const joined = fragments(path.join(build.outDir, 'pagefind')).flatMap(({ url, content }) =>
      content.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((word) => /\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L}/u.test(word) && !source.includes(word))
        .map((word) => `${url}: ${word}`));
    expect([...new Set(joined)]).toEqual([]);
  });

  it("leaves other entries' cards out of a page's text: a metric is found on its own page, not on each page showing its card", () => {
    const all = fragments(path.join(build.outDir, 'pagefind'));
    // "Target 40 by Dec 2026" and "No target set" are written only by a metric card and a metric's facts.
    const cardText = /Target [\d.,]+ by [A-Z][a-z]{2} \d{4}|No target set/;
    expect(all.filter(({ url, content }) => !url.startsWith('/metrics/') && cardText.test(content)).map(({ url }) => url)).toEqual([]);
    expect(all.filter(({ url, content }) => url.startsWith('/metrics/') && cardText.test(content)).length).toBeGreaterThan(0);
  });

  it('gives every content page its type filter, and recaps their event, date and audience', () => {
    for (const file of marked) expect(readFileSync(path.join(build.outDir, file), 'utf8'), file).toMatch(/data-pagefind-filter="type\[data-value\]" data-value="\w+"/);
    const recap = readFileSync(path.join(build.outDir, paths.recap('2026-03-23-kubecon-eu-amsterdam'), 'index.html'), 'utf8');
    for (const key of ['event', 'date', 'audience', 'program']) expect(recap).toContain(`data-pagefind-meta="${key}[data-value]"`);
    for (const key of ['year', 'program', 'tag']) expect(recap).toContain(`data-pagefind-filter="${key}[data-value]"`);
  });
});

describe('indexing', () => {
  it('writes an empty index for a wiki with no entries yet, so its search page answers "no results"', async () => {
    // A new team's wiki (only site.yaml) has no content page to search; that is not a
    // failed build. (Pages given but none indexed still fail: see SearchIndexer.finish.)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'devrel-search-empty-'));
    await expect(new SearchIndexer().finish(dir)).resolves.toMatchObject({ pages: 0 });
    expect(existsSync(path.join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('fails when a searchable page arrives after the index was written', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'devrel-search-late-'));
    const indexer = new SearchIndexer();
    indexer.add('a/index.html', '<html lang="en"><body><div data-pagefind-body><h1>A</h1></div></body></html>');
    void indexer.write(dir);
    indexer.add('tags/x/index.html', '<html lang="en"><body><div data-pagefind-body><h1>Late</h1></div></body></html>');
    await expect(indexer.finish(dir)).rejects.toThrow(/tags\/x\/index\.html has data-pagefind-body but was rendered after the index was written/);
  });

  it('counts only marked pages', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'devrel-search-two-'));
    const indexer = new SearchIndexer();
    indexer.add('index.html', '<!doctype html><html lang="en"><body><h1>List</h1></body></html>');
    indexer.add('page.html', '<!doctype html><html lang="en"><body><div data-pagefind-body><h1>Page</h1><p>Words here.</p></div></body></html>');
    const summary = await indexer.finish(dir);
    expect(summary.pages).toBe(1);
    expect(summary.bytes).toBeGreaterThan(0);
  });
});

/** Every file of a content folder as one text, to look words up in. */
function contentText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

/** Each indexed page as Pagefind stored it (URL, text, meta, filters, anchors), in URL order. */
function fragments(indexDir: string): { url: string; content: string }[] {
  const dir = path.join(indexDir, 'fragment');
  return readdirSync(dir)
    .map((file) => JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string })
    .sort((a, b) => a.url.localeCompare(b.url));
}
