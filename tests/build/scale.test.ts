/**
 * A wiki stays fast and small as a team writes recaps for years: the same generated team
 * as `npm run bench`, built at two sizes. Output per page must not grow with the number
 * of entries (it does as soon as a page lists every entry of a growing collection, as
 * sidebars listing every page do), and no page may list more than one page's worth.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTeam } from '../../scripts/bench/generate-team.ts';
import { outputSize, type OutputSize } from '../../scripts/bench/output-size.ts';
import { htmlFiles } from '../../src/lib/link-check.ts';
import { pageSize } from '../../src/lib/pagination.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const small = 60;
const large = 600;

describe(`a generated team at N=${small} and N=${large} recaps`, () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-scale-'));
  const builds = new Map<number, { build: BuildResult; size: OutputSize }>();
  beforeAll(() => {
    for (const n of [small, large]) {
      const contentDir = path.join(work, `content-${n}`);
      generateTeam(contentDir, path.join(root, 'content'), n);
      const build = buildSite({ contentDir, outDir: path.join(work, `dist-${n}`), env: { WIKI_CACHE_DIR: path.join(work, `cache-${n}`) } });
      builds.set(n, { build, size: build.ok ? outputSize(build.outDir) : outputSize(work) });
    }
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds both', () => {
    for (const { build } of builds.values()) expect(build.ok, build.output).toBe(true);
  });

  it(`writes about as many bytes per page at N=${large} as at N=${small} (within 1.2×)`, () => {
    const perPage = (n: number) => builds.get(n)!.size.bytes / builds.get(n)!.size.pages;
    const htmlPerPage = (n: number) => builds.get(n)!.size.htmlBytes / builds.get(n)!.size.pages;
    expect(builds.get(large)!.size.pages).toBeGreaterThan(builds.get(small)!.size.pages * 3);
    expect(perPage(large) / perPage(small)).toBeLessThan(1.2);
    expect(htmlPerPage(large) / htmlPerPage(small)).toBeLessThan(1.2);
  });

  // Scoped <style> stamps data-astro-cid-… on every element a component renders; on what
  // repeats per page or per entry that was 22 % of the HTML at 3,000 recaps (see src/styles/global.css).
  const scopedStyleBytes = (html: string) => [...html.matchAll(/ data-astro-cid-[a-z0-9]+/g)].reduce((sum, m) => sum + m[0].length, 0);

  it('stamps no scoped-style attributes on what repeats: the page frame, recaps, pagination, month digests', () => {
    const { build } = builds.get(large)!;
    const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
    const recap = htmlFiles(build.outDir).find((file) => /^recaps\/\d{4}-\d{2}-\d{2}-/.test(file))!;
    const month = htmlFiles(build.outDir).find((file) => /^digest\/\d{4}-\d{2}\//.test(file))!;
    for (const file of [recap, month]) expect(read(file).match(/<[^>]* data-astro-cid-[^>]*>/)?.[0], file).toBeUndefined();
    expect(read('recaps/2020/index.html')).toMatch(/<nav class="pagination"[^>]*data-pagefind-ignore>/);
    const all = htmlFiles(build.outDir).map(read);
    const share = all.reduce((sum, html) => sum + scopedStyleBytes(html), 0) / all.reduce((sum, html) => sum + html.length, 0);
    expect(share).toBeLessThan(0.03);
  });

  /** Distinct links to entries of a collection (ids start with a date) on each page. */
  const entryLinks = (outDir: string, collection: string) =>
    htmlFiles(outDir).map((file) => {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      const ids = new Set([...html.matchAll(new RegExp(`href="/${collection}/(\\d{4}-\\d{2}-\\d{2}-[^/"]+)/"`, 'g'))].map((m) => m[1]));
      return { page: file, links: ids.size };
    });

  it.each(['recaps', 'updates'])(`lists at most ${pageSize} %s on any page at N=${large}`, (collection) => {
    const { build } = builds.get(large)!;
    const pages = entryLinks(build.outDir, collection);
    const busiest = pages.reduce((a, b) => (b.links > a.links ? b : a));
    expect(busiest.links, busiest.page).toBeLessThanOrEqual(pageSize);
    // The generated team is big enough that the lists really do spill onto later pages.
    expect(busiest.links).toBe(pageSize);
  });

  it('links a long list to its later pages, and shows no page numbers on lists that fit one page', () => {
    const { build } = builds.get(large)!;
    const year = readFileSync(path.join(build.outDir, 'recaps/2020/index.html'), 'utf8');
    expect(year).toMatch(/<nav class="pagination" aria-label="Pages of recaps from 2020"/);
    expect(year).toMatch(/href="\/recaps\/2020\/page\/2\/" rel="next"/);
    expect(year).toMatch(/href="\/recaps\/2020\/" aria-current="page"/);
    const second = readFileSync(path.join(build.outDir, 'recaps/2020/page/2/index.html'), 'utf8');
    expect(second).toMatch(/href="\/recaps\/2020\/" rel="prev"/);
    const updates = readFileSync(path.join(build.outDir, 'updates/page/2/index.html'), 'utf8');
    expect(updates).toMatch(/Showing 51–\d+ of \d+/);
    const smallBuild = builds.get(small)!.build;
    const withPager = htmlFiles(smallBuild.outDir).filter((file) => readFileSync(path.join(smallBuild.outDir, file), 'utf8').includes('class="pagination"'));
    expect(withPager).toEqual([]);
  });
});
