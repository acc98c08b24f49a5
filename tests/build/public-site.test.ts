/**
 * `public: true` in content/site.yaml: internal recaps and `<Internal>` parts are left
 * out of everything the site publishes (pages, figures, feeds, calendars, the search
 * index) and of the digest, with one build line saying so. The same content with
 * `public: false` publishes them, so the test knows where to look.
 *
 * The fixture is good-content plus tests/fixtures/internal-material/, whose internal
 * text all carries the made-up word "Quokkaberry" and the tag "roadmap-briefing".
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures');
const marker = 'Quokkaberry';
const internalTag = 'roadmap-briefing';
const internalRecap = '2026-05-06-partner-roadmap-briefing';

/** good-content with the internal material laid over it, and `public:` set as asked. */
function contentCopy(isPublic: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `devrel-public-${isPublic}-`));
  cpSync(path.join(fixtures, 'good-content'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'internal-material/recaps'), path.join(dir, 'recaps'), { recursive: true });
  writeFileSync(path.join(dir, 'site.yaml'), `${readFileSync(path.join(dir, 'site.yaml'), 'utf8')}public: ${isPublic}\n`);
  return dir;
}

/**
 * Every built file whose text contains `word`, gzip-compressed files (Pagefind's index
 * fragments, word index and filters) read decompressed.
 */
function filesContaining(dir: string, word: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    let bytes = readFileSync(file);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    if (bytes.toString('utf8').includes(word)) found.push(path.relative(dir, file));
  }
  return found.sort();
}

/** The "People reached" figure of a program page. */
const reached = (html: string) => /People reached<\/dt>\s*<dd>([^<]+)<\/dd>/.exec(html)?.[1];

describe('a wiki with public: true', () => {
  let content: string;
  let build: BuildResult;
  beforeAll(() => {
    content = contentCopy(true);
    build = buildSite({ contentDir: content });
  });
  const page = (route: string) => readFileSync(path.join(build.outDir, route, 'index.html'), 'utf8');

  it('builds, and says what it left out', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toContain('2 internal recaps and 3 internal parts were left out because content/site.yaml says public: true');
  });

  it('publishes no internal text in any file: pages, feeds, calendars, search index', () => {
    // The scan does read the search index: published text is found in its fragments.
    expect(filesContaining(path.join(build.outDir, 'pagefind'), 'two workshop rooms').length).toBeGreaterThan(0);
    expect(filesContaining(build.outDir, marker)).toEqual([]);
    // A heading's id is made from its text: the part must be gone before it is, or the
    // `#` link, "On this page" and the search index would publish "quokkaberry-deal".
    expect(filesContaining(build.outDir, marker.toLowerCase())).toEqual([]);
    expect(page('recaps/2026-06-10-devday-lisbon')).toContain('id="who-we-met"');
    expect(page('recaps/2026-06-10-devday-lisbon')).toMatch(/href="#who-we-met"[^>]*>Who we met</);
    expect(filesContaining(build.outDir, 'Closed-door roadmap briefing')).toEqual([]);
    expect(filesContaining(build.outDir, internalTag)).toEqual([]);
  });

  it('builds no page for an internal recap', () => {
    expect(existsSync(path.join(build.outDir, 'recaps', internalRecap))).toBe(false);
    expect(existsSync(path.join(build.outDir, 'tags', internalTag))).toBe(false);
  });

  it('keeps the text of an external recap around its internal parts, without them', () => {
    const html = page('recaps/2026-06-10-devday-lisbon');
    expect(html).toContain('The workshop filled up in a day.');
    expect(html).toContain('Next year we want two workshop rooms.');
    expect(html).not.toContain('Internal only');
  });

  it('counts internal recaps in no figure: reach is the sum of the recaps a reader can see', () => {
    // KubeCon 600 + DevDay Lisbon 250; the briefing's 4,387 stay out.
    expect(reached(page('programs/ambassadors'))).toBe('850');
    expect(filesContaining(build.outDir, '4,387')).toEqual([]);
  });

  it('leaves them out of a recap exported for the company blog, and refuses an internal recap', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'devrel-public-export-'));
    const exportRecap = (id: string) => spawnSync(process.execPath, ['scripts/export-recap.ts', id, '--out', out], {
      cwd: root, encoding: 'utf8', env: { ...process.env, WIKI_CONTENT_DIR: content, SITE_URL: '', BASE_PATH: '/' },
    });
    const exported = exportRecap('2026-06-10-devday-lisbon');
    expect(exported.status, exported.stderr).toBe(0);
    expect(readFileSync(path.join(out, '2026-06-10-devday-lisbon.md'), 'utf8')).toContain('Next year we want two workshop rooms.');
    expect(exportRecap(internalRecap).status).toBe(1);
    expect(filesContaining(out, marker)).toEqual([]);
  });

  it('leaves them out of the digest e-mail too, and says so', () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-public-digest-')), 'out');
    const run = spawnSync(process.execPath, ['scripts/digest.ts', '--month', '2026-05', '--out', out], {
      cwd: root, encoding: 'utf8', env: { ...process.env, WIKI_CONTENT_DIR: content, SITE_URL: '', BASE_PATH: '/' },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('2 internal recaps and 3 internal parts were left out');
    expect(filesContaining(out, marker)).toEqual([]);
  });
});

describe('the same content with public: false', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ contentDir: contentCopy(false) });
  });

  it('publishes internal recaps and parts everywhere the public build left them out', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).not.toContain('left out because');
    const found = filesContaining(build.outDir, marker);
    for (const file of [`recaps/${internalRecap}/index.html`, 'recaps/2026-06-10-devday-lisbon/index.html', 'recaps/feed.xml', 'events.ics', `tags/${internalTag}/index.html`]) {
      expect(found).toContain(file);
    }
    expect(found.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(readFileSync(path.join(build.outDir, 'recaps/2026-06-10-devday-lisbon/index.html'), 'utf8')).toContain('Internal only');
    // On the intranet the part is shown, in the heading and so in its id.
    expect(readFileSync(path.join(build.outDir, 'recaps/2026-06-10-devday-lisbon/index.html'), 'utf8')).toContain('id="who-we-met-and-the-quokkaberry-deal"');
    expect(reached(readFileSync(path.join(build.outDir, 'programs/ambassadors/index.html'), 'utf8'))).toBe('5,237');
  });
});
