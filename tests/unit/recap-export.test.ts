/**
 * `npm run export:recap`: the public version of a recap for the company blog. The test
 * that matters most: text inside <Internal> never reaches either file.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentReport } from '../../src/lib/check/check-content.ts';
import { exportRecap, recapIdFrom } from '../../src/lib/export/recap-export.ts';
import { removeAuthorNotes } from '../../src/lib/export/author-notes.ts';
import { isWikiLink } from '../../src/lib/export/wiki-links.ts';
import { tinyPng } from '../helpers/media-fixture.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(projectRoot, 'tests/fixtures');
const sentinel = 'SENTINEL-INTERNAL-9c41';
const wikiUrl = 'https://intranet.example.com/devrel/';
const roots: string[] = [];
afterAll(() => {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

/** good-content plus the export fixtures (and `extra` files), checked like `npm run check` does. */
function contentWithRecaps(extra: Record<string, string | Buffer> = {}): { report: ContentReport; dir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-export-'));
  roots.push(root);
  const dir = path.join(root, 'content');
  cpSync(path.join(fixtures, 'good-content'), dir, { recursive: true });
  for (const name of ['2026-05-20-devday-berlin.mdx', '2026-05-22-partner-summit.mdx']) {
    cpSync(path.join(fixtures, 'export-recaps', name), path.join(dir, 'recaps/2026', name));
  }
  for (const [file, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return { report: checkContent(dir, root), dir };
}

const { report, dir } = contentWithRecaps();
const result = exportRecap(report, '2026-05-20-devday-berlin', wikiUrl);
if (!result.ok) throw new Error(result.message);
const markdown = result.files.find((f) => f.name.endsWith('.md'))!.content;
const html = result.files.find((f) => f.name.endsWith('.html'))!.content;

describe('exportRecap of an external recap', () => {
  it('fixture is valid content', () => {
    expect(report.problems).toEqual([]);
  });

  it('writes <id>.md and <id>.html', () => {
    expect(result.files.map((f) => f.name)).toEqual(['2026-05-20-devday-berlin.md', '2026-05-20-devday-berlin.html']);
  });

  it('never lets text inside <Internal> through, in either format', () => {
    for (const text of [markdown, html]) {
      expect(text).not.toContain(sentinel);
      expect(text).not.toContain('Northwind');
      expect(text).not.toMatch(/Internal/);
    }
  });

  it('keeps the public text around the internal parts, in both formats', () => {
    for (const text of [markdown, html]) {
      for (const marker of ['PUBLIC-OPENING: 180 people came to the workshop.', 'The room was full.', 'PUBLIC-ITEM: the workshop ran twice.', 'PUBLIC-CLOSING: thanks to everyone who came.']) {
        expect(text).toContain(marker);
      }
    }
    expect(markdown).toContain('PUBLIC-OPENING: 180 people came to the workshop. The room was full.');
  });

  it('turns links into the wiki into plain text and keeps public links', () => {
    expect(markdown).toContain('- See the ambassador program and our wiki page for more.');
    expect(markdown).toContain('[event\'s own report](https://devday.example.com/2026/report)');
    expect(markdown).not.toMatch(/\]\(\/|intranet\.example\.com/);
    expect(html).not.toMatch(/href="\/|intranet\.example\.com/);
    expect(html).toContain('<a href="https://devday.example.com/2026/report">');
    // Frontmatter links: the wiki page and the wiki's budget sheet go, the slides stay.
    expect(markdown).toContain('[Slides](https://slides.example.com/devday-berlin)');
    expect(markdown).not.toContain('Program page on the wiki');
    expect(markdown).not.toContain('Budget sheet');
  });

  it('keeps title, event facts, audience, why, speakers by name; leaves internal fields out', () => {
    expect(markdown).toMatch(/^---\ntitle: "DevDay Berlin: 180 developers, one workshop"\ndate: 2026-05-20\ntags: \["conference"\]\n---\n/);
    expect(markdown).toContain('# DevDay Berlin: 180 developers, one workshop');
    expect(markdown).toContain('- **Event:** [DevDay Berlin 2026](https://devday.example.com/2026)');
    expect(markdown).toContain('- **Where:** Berlin, Kühlhaus (in person and online)');
    expect(markdown).toContain('- **People:** 180');
    expect(markdown).toContain('- **From our team:** Maria López and Ana Ruiz');
    expect(markdown).toContain("## Why it mattered\n\nBerlin's backend developers met the people behind the SDK");
    for (const text of [markdown, html]) {
      expect(text).not.toMatch(/visibility|maria-lopez|ana-ruiz|ambassadors/);
    }
    expect(result.ok && Object.keys(result.recap)).not.toContain('visibility');
    expect(result.ok && Object.keys(result.recap)).not.toContain('program');
  });

  it('writes a standalone HTML page: doctype, language, title, inline CSS, no scripts', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain('<title>DevDay Berlin: 180 developers, one workshop</title>');
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script|<link /);
    expect(html).toContain('<h2>What happened</h2>');
  });
});

describe('exportRecap refusals', () => {
  it('refuses an internal recap, naming the field, its line and how to change it', () => {
    const refused = exportRecap(report, '2026-05-22-partner-summit', wikiUrl);
    expect(refused).toEqual({
      ok: false,
      message: 'content/recaps/2026/2026-05-22-partner-summit.mdx:10  visibility  this recap is marked "visibility: internal", so it stays on the wiki',
      hint: 'if it may be shared outside the company, change that line to "visibility: external", after wrapping anything confidential (budgets, lead counts, partners under NDA) in <Internal>…</Internal> in an .mdx file',
    });
  });

  it('refuses a recap without visibility: recaps are internal unless they say otherwise', () => {
    const { report: withDefault } = contentWithRecaps({
      'recaps/2026/2026-03-23-kubecon-eu.mdx': checkedFixture('good-content/recaps/2026/2026-03-23-kubecon-eu.mdx').replace('visibility: external\n', ''),
    });
    const refused = exportRecap(withDefault, '2026-03-23-kubecon-eu');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain('has no "visibility" field');
    expect(!refused.ok && refused.hint).toContain('add the line "visibility: external"');
  });

  it('suggests the closest recap for an unknown id, by full id or by the event part', () => {
    const typo = exportRecap(report, '2026-05-20-devday-berln');
    expect(!typo.ok && typo.hint).toBe('Did you mean "2026-05-20-devday-berlin"?');
    const slug = exportRecap(report, 'devday-berlin');
    expect(!slug.ok && slug.message).toBe('no recap "devday-berlin": there is no file content/recaps/<year>/devday-berlin.md or .mdx');
    expect(!slug.ok && slug.hint).toBe('Did you mean "2026-05-20-devday-berlin"?');
  });

  it('refuses a recap with content errors, such as an unclosed <Internal>', () => {
    const { report: broken } = contentWithRecaps({
      'recaps/2026/2026-05-20-devday-berlin.mdx': checkedFixture('export-recaps/2026-05-20-devday-berlin.mdx').replace('The room was full.', `The room was full. <Internal>${sentinel}`),
    });
    const refused = exportRecap(broken, '2026-05-20-devday-berlin', wikiUrl);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/has content errors[\s\S]*<Internal> is not closed/);
  });

  it('words an event still ahead as a plan: "why it matters"', () => {
    const ahead = exportRecap(report, '2026-05-20-devday-berlin', wikiUrl, new Date('2026-05-01T00:00:00Z'));
    expect(ahead.ok && ahead.files[0]!.content).toContain('## Why it matters\n');
  });

  it('accepts a path as well as an id', () => {
    expect(recapIdFrom('content/recaps/2026/2026-05-20-devday-berlin.mdx')).toBe('2026-05-20-devday-berlin');
    expect(recapIdFrom('2026-05-20-devday-berlin')).toBe('2026-05-20-devday-berlin');
  });

  it('exports a recap named in another script, typed composed or decomposed, and unlinks its wiki links', () => {
    const recap = readFileSync(path.join(fixtures, 'export-recaps/2026-05-20-devday-berlin.mdx'), 'utf8')
      .replace('2026-05-20', '2026-06-12').replace('2026-05-21', '2026-06-12').replace(/^title: .*$/m, 'title: "Meetup 東京 #6"')
      .replace(/\n---\n/, '\n---\n[大阪の報告](/recaps/2026-06-12-meetup-大阪-6/)も読んでください。\n\n');
    const { report: tokyo } = contentWithRecaps({ 'recaps/2026/2026-06-12-ゼミ-東京-6.mdx': recap });
    for (const typed of ['2026-06-12-ゼミ-東京-6', 'content/recaps/2026/2026-06-12-ゼミ-東京-6.mdx'.normalize('NFD')]) {
      const exported = exportRecap(tokyo, typed, wikiUrl);
      expect(exported.ok, typed).toBe(true);
      expect(exported.ok && exported.files.map((f) => f.name)).toEqual(['2026-06-12-ゼミ-東京-6.md', '2026-06-12-ゼミ-東京-6.html']);
      expect(exported.ok && exported.files[0]!.content).toContain('大阪の報告も読んでください。');
      expect(exported.ok && exported.files[0]!.content).not.toContain('/recaps/2026-06-12-meetup-大阪-6/');
    }
  });
});

describe('isWikiLink', () => {
  it.each([
    ['/programs/x/', true],
    ['../x/', true],
    ['https://intranet.example.com/devrel/recaps/', true],
    ['https://intranet.example.com/devrel', true],
    ['//intranet.example.com/devrel/x/', true],
    ['https://intranet.example.com/other-app/', false],
    ['https://example.com/devrel/', false],
    ['#why', false],
    ['mailto:devrel@example.com', false],
  ])('%s → %s', (url, expected) => {
    expect(isWikiLink(url, wikiUrl)).toBe(expected);
  });
});

describe('npm run export:recap', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/export-recap.ts', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, WIKI_CONTENT_DIR: dir, SITE_URL: 'https://intranet.example.com', BASE_PATH: '/devrel/' },
    });

  it('writes both files into --out and exits 0, unlinking links to SITE_URL + BASE_PATH', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-export-out-'));
    roots.push(out);
    const done = run('2026-05-20-devday-berlin', '--out', out);
    expect(done.status).toBe(0);
    const written = readFileSync(path.join(out, '2026-05-20-devday-berlin.md'), 'utf8');
    expect(written).toBe(markdown);
    expect(readFileSync(path.join(out, '2026-05-20-devday-berlin.html'), 'utf8')).not.toContain(sentinel);
  });

  it('exits non-zero with the reason for an internal recap', () => {
    const refused = run('2026-05-22-partner-summit');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^Not exported: .*recaps\/2026\/2026-05-22-partner-summit\.mdx:10  visibility/);
  });
});

const checkedFixture = (relative: string): string => readFileSync(path.join(fixtures, relative), 'utf8');

describe('removeAuthorNotes', () => {
  it('drops MDX comments, expressions and import lines, and HTML comments in .md, keeping code', () => {
    const mdx = `import Chart from './chart.astro';\n\nText {/* ask ${sentinel} */} here.\n\n{/* ${sentinel} */}\n\n\`{/* code */}\`\n`;
    const out = removeAuthorNotes(mdx, 'mdx');
    expect(out).not.toContain(sentinel);
    expect(out).not.toContain('import');
    expect(out).toContain('Text  here.');
    expect(out).toContain('`{/* code */}`');
    const md = removeAuthorNotes(`Text.\n\n<!-- ${sentinel} -->\n\nMore <!-- ${sentinel} --> text.\n`, 'md');
    expect(md).not.toContain(sentinel);
    expect(md).toContain('More  text.');
  });
});

describe('the wiki\'s components in an export', () => {
  const body = 'Before.\n\n<Callout type="tip" title="Book early">\nRooms go **four weeks** ahead.\n</Callout>\n\n<Figure src="/images/booth.png" alt="The booth">Day one</Figure>\n\nAfter, with a <Callout>short note</Callout>.\n';
  const recapText = readFileSync(path.join(fixtures, 'export-recaps', '2026-05-20-devday-berlin.mdx'), 'utf8').replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}`);

  it('writes a callout as a labelled quote and a figure as the exported photo with its caption, in both files', () => {
    const { report: checked, dir: contentDir } = contentWithRecaps({ 'images/booth.png': tinyPng(), 'recaps/2026/2026-05-20-devday-berlin.mdx': recapText });
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const exported = exportRecap(checked, '2026-05-20-devday-berlin', wikiUrl, undefined, contentDir);
    if (!exported.ok) throw new Error(exported.message);
    const md = exported.files.find((f) => f.name.endsWith('.md'))!.content;
    const page = exported.files.find((f) => f.name.endsWith('.html'))!.content;
    expect(md).toContain('> **Tip: Book early**\n>\n> Rooms go **four weeks** ahead.');
    expect(md).toContain('**Note** short note');
    expect(md).toContain('![The booth](2026-05-20-devday-berlin-media/booth.png)\n\n*Day one*');
    expect(md).not.toMatch(/<Callout|<Figure|\/images\//);
    expect(exported.media).toEqual([{ name: '2026-05-20-devday-berlin-media/booth.png', kind: 'image', file: 'booth.png' }]);
    expect(page).toContain('<blockquote>');
    expect(page).toContain('<strong>Tip: Book early</strong>');
    expect(page).toContain('<img src="2026-05-20-devday-berlin-media/booth.png" alt="The booth"');
    expect(page).not.toMatch(/callout|<figure|\/images\//i);
  });

  it('leaves the photo out when there is no folder to write it to', () => {
    const { report: checked } = contentWithRecaps({ 'images/booth.png': tinyPng(), 'recaps/2026/2026-05-20-devday-berlin.mdx': recapText });
    const exported = exportRecap(checked, '2026-05-20-devday-berlin', wikiUrl);
    if (!exported.ok) throw new Error(exported.message);
    expect(exported.files.find((f) => f.name.endsWith('.md'))!.content).not.toMatch(/booth\.png|\/images\//);
    expect(exported.media).toEqual([]);
  });
});
