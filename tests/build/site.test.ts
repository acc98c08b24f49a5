/**
 * Builds the sample wiki as a user would and checks what they would notice: every
 * entry has its page, no internal link is broken (at `/` and under `/devrel/`), and a
 * build with bad content fails naming every bad file without publishing anything.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { extractLinks, findBrokenLinks, htmlFiles, isExternal } from '../../src/lib/link-check.ts';
import { entryPath, paths } from '../../src/lib/urls.ts';
import { collectionNames } from '../../src/schemas/collections.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const sampleContent = path.join(root, 'content');

describe('the sample wiki', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite();
  });

  it('builds', () => {
    expect(build.output).not.toMatch(/Build failed/);
    expect(build.ok).toBe(true);
  });

  it('has one page per entry of every collection', () => {
    const { entries } = checkContent(sampleContent, root);
    const missing = entries
      .map((entry) => entryPath(entry.collection, entry.id))
      .filter((page) => !existsSync(path.join(build.outDir, page, 'index.html')));
    expect(missing).toEqual([]);
    const collectionsPresent = new Set(entries.map((e) => e.collection));
    expect([...collectionsPresent].sort()).toEqual([...collectionNames].sort());
  });

  it("writes a program's status in its facts as its badge does", () => {
    const { entries } = checkContent(sampleContent, root);
    for (const { id } of entries.filter((e) => e.collection === 'programs')) {
      const html = readFileSync(path.join(build.outDir, paths.program(id), 'index.html'), 'utf8');
      const badge = html.match(/<div class="meta-row">\s*<span class="badge[^"]*"[^>]*>([^<]+)<\/span>/)?.[1];
      const fact = html.match(/<dt>Status<\/dt> <dd>([^<]+)<\/dd>/)?.[1];
      expect(badge, id).toMatch(/^[A-Z]/);
      expect(fact, id).toBe(badge);
    }
  });

  it("names a person's time zone and a meeting's as people say them ('Pacific Time', Intl's name in the site's language), not by the zone's id", () => {
    const { entries } = checkContent(sampleContent, root);
    const zoneId = /\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z]/;
    for (const { id } of entries.filter((e) => e.collection === 'team')) {
      const html = readFileSync(path.join(build.outDir, paths.person(id), 'index.html'), 'utf8');
      const header = html.match(/<div class="meta-row">[\s\S]*?<\/div>/)?.[0] ?? '';
      expect(header, id).toMatch(/<span[^>]*>[A-Z][A-Za-z ]+ Time<\/span>/);
      expect(header, id).not.toMatch(zoneId);
    }
    // The text only: the local-time script reads the zone's id from an attribute.
    const meetings = readFileSync(path.join(build.outDir, paths.meetings(), 'index.html'), 'utf8').replace(/<[^>]*>/g, ' ');
    expect(meetings).toMatch(/at \d{1,2}:\d\d [AP]M [A-Z][A-Za-z ]+ Time, \d+ minutes/);
    expect(meetings).not.toMatch(zoneId);
  });

  it('has list pages, the printable roadbook and a 404 page', () => {
    for (const page of ['/', paths.programs(), paths.recaps(), paths.tags(), paths.roadbook(), paths.roadbookPrint(), paths.meetings(), paths.updates(), paths.team(), paths.departments(), paths.syncs(), paths.priorities()]) {
      expect(existsSync(path.join(build.outDir, page, 'index.html')), page).toBe(true);
    }
    expect(readFileSync(path.join(build.outDir, '404.html'), 'utf8')).toMatch(/This page isn(?:'|&#39;)t here/);
  });

  it('has the editing guide, rendered from CONTRIBUTING.md and linked from every footer', () => {
    const html = readFileSync(path.join(build.outDir, paths.contributing(), 'index.html'), 'utf8');
    expect(html).toContain('<h1>How to edit this wiki</h1>');
    const guide = readFileSync(path.join(root, 'CONTRIBUTING.md'), 'utf8');
    for (const [, heading] of guide.matchAll(/^## (.+)$/gm)) expect(html).toContain(`>${heading!.replace(/`/g, '')}</a></li>`);
    expect(html).toContain('id="what-the-check-tells-you"');
    for (const page of ['index.html', 'programs/index.html']) {
      expect(readFileSync(path.join(build.outDir, page), 'utf8')).toMatch(new RegExp(`<a href="${paths.contributing()}"[^>]*>How to edit this wiki</a>`));
    }
  });

  it('has no broken internal link or asset', () => {
    expect(findBrokenLinks(build.outDir, '/')).toEqual([]);
  });

  it('keeps JavaScript on a content page within budget, with no search code until a reader searches', () => {
    const recap = readdirHtml(build.outDir).find((f) => f.startsWith('recaps/20') && f.split('/').length === 3)!;
    const html = readFileSync(path.join(build.outDir, recap), 'utf8');
    // Every script is a same-site file (strict CSP: nothing inline); sum what the page loads.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/gi)].map((m) => readFileSync(path.join(build.outDir, m[1]!), 'utf8'));
    const bytes = sources.reduce((sum, code) => sum + Buffer.byteLength(code), 0);
    // theme.js (1.6 KB), the search shortcut, which includes Vite's 2 KB helper for its one
    // dynamic import, and the header menu's Escape and outside click (0.5 KB).
    expect(bytes).toBeLessThanOrEqual(5120);
    // Nothing more loads with the page: no static imports, and no trace of Pagefind; the
    // results-as-you-type code is one dynamic import away, made on the first letter typed.
    for (const code of sources) {
      expect(code).not.toMatch(/\bimport\s*[\w{*'"]/);
      expect(code).not.toMatch(/pagefind/);
    }
    expect(html).not.toContain('pagefind/pagefind');
  });

  it('marks the site internal: robots noindex on every page', () => {
    const html = readFileSync(path.join(build.outDir, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});

describe('the sample wiki under BASE_PATH=/devrel/', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ base: '/devrel/' });
  });

  it('prefixes every internal link, asset and Markdown body link with /devrel/', () => {
    expect(build.ok).toBe(true);
    const offenders: string[] = [];
    for (const page of htmlFiles(build.outDir)) {
      for (const link of extractLinks(readFileSync(path.join(build.outDir, page), 'utf8'))) {
        if (!isExternal(link) && link.startsWith('/') && !link.startsWith('/devrel/')) offenders.push(`${page}: ${link}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has no broken internal link', () => {
    expect(findBrokenLinks(build.outDir, '/devrel/')).toEqual([]);
  });
});

describe('a build that fails while rendering', () => {
  it('publishes nothing and leaves no half-written staging folder behind', () => {
    // Pages render four at once and the search index writes in the background, so
    // files can land after the failure; none may be left behind.
    // Content cannot fail a render on purpose any more (an MDX expression is refused by
    // the content gate before rendering starts), so one page's write fails instead.
    const content = path.join(root, 'tests/fixtures/good-content');
    const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-render-fail-')), 'dist');
    const hook = pathToFileURL(path.join(root, 'tests/helpers/fail-page-write.mjs')).href;
    const build = buildSite({ contentDir: content, outDir, env: { NODE_OPTIONS: `--import=${hook}`, FAIL_PAGE_WRITE: '2026-03-23-kubecon-eu' } });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('render-time failure');
    expect(build.output).toContain('Build failed; nothing was published.');
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(path.join(root, '.staging', `build-${build.pid}`))).toBe(false);
  });
});

describe('the output folder', () => {
  it('may be a new folder inside folders that do not exist yet', () => {
    const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-nested-')), 'sites', 'intranet', 'dist');
    const build = buildSite({ contentDir: path.join(root, 'tests/fixtures/good-content'), outDir });
    expect(build.ok, build.output).toBe(true);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(path.join(root, '.staging', `build-${build.pid}`))).toBe(false);
  });

  // The staging folder is inside the project; a site published to another file system
  // (a tmpfs, a mounted share) cannot be renamed into place and is copied instead.
  const otherFileSystem = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(root).dev;
  it.skipIf(!otherFileSystem)('may be on another file system than the project', () => {
    const outDir = path.join(mkdtempSync('/dev/shm/devrel-wiki-'), 'dist');
    try {
      const build = buildSite({ contentDir: path.join(root, 'tests/fixtures/good-content'), outDir });
      expect(build.ok, build.output).toBe(true);
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
      expect(existsSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
      expect(existsSync(path.join(root, '.staging', `build-${build.pid}`))).toBe(false);
    } finally {
      rmSync(path.dirname(outDir), { recursive: true, force: true });
    }
  });
});

describe('a build with bad content', () => {
  it('fails, names every bad file with its line, and publishes nothing', () => {
    const bad = path.join(root, 'tests/fixtures/bad-content');
    const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-bad-')), 'dist');
    const build = buildSite({ contentDir: bad, outDir });
    expect(build.ok).toBe(false);
    const { problems } = checkContent(bad, root);
    const badFiles = [...new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file))];
    expect(badFiles.length).toBeGreaterThanOrEqual(2);
    for (const file of badFiles) expect(build.output).toContain(file);
    expect(build.output).toMatch(/did you mean/);
    expect(existsSync(outDir)).toBe(false);
  });

  it('leaves a previously published site untouched', () => {
    const good = buildSite({ contentDir: path.join(root, 'tests/fixtures/good-content') });
    expect(good.ok).toBe(true);
    // The editing guide is not content: a fork that replaced the sample still has it.
    expect(existsSync(path.join(good.outDir, 'contributing', 'index.html'))).toBe(true);
    const marker = path.join(good.outDir, 'index.html');
    const before = readFileSync(marker, 'utf8');
    const bad = buildSite({ contentDir: path.join(root, 'tests/fixtures/bad-content'), outDir: good.outDir });
    expect(bad.ok).toBe(false);
    expect(bad.output).toContain('previous');
    expect(readFileSync(marker, 'utf8')).toBe(before);
  });
});

function readdirHtml(dir: string): string[] {
  return htmlFiles(dir).map((f) => f.split(path.sep).join('/'));
}

