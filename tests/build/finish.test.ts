/**
 * The built site, as a reader and a validator see it, on the sample and on a wiki unlike
 * it (tests/fixtures/unfamiliar-team, committed to a git repository of its own by
 * several authors): every page passes the W3C's Nu Html Checker, a link to a missing
 * section is found in the built site, "Last updated by" names the team member, search
 * excerpts carry the page's words and not its furniture, and the page templates'
 * sections are the ones `npm run check` knows.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHtmlError, validateHtml } from '../../scripts/lib/html-validator.ts';
import { templateSections } from '../../src/lib/check/anchors.ts';
import { checkBody } from '../../src/lib/check/body/check-body.ts';
import { OutlineBuilder } from '../../src/lib/check/body/outline.ts';
import { readSiteFiles } from '../../src/lib/check/body/site-files.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { findBrokenLinks } from '../../src/lib/link-check.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
}
/** Commits `files` (paths in the repository) as the given author. */
function commitAs(repo: string, name: string, email: string, files: string[]): void {
  git(repo, 'add', ...files);
  git(repo, '-c', `user.name=${name}`, '-c', `user.email=${email}`, 'commit', '-q', '-m', `edit by ${name}`);
}

/** The searchable text of each indexed page, as Pagefind stored it, and the page's title. */
function indexedText(outDir: string): Map<string, string> & { titles: Map<string, string> } {
  const dir = path.join(outDir, 'pagefind', 'fragment');
  const fragments = readdirSync(dir).map((file) => JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string; meta: { title: string } });
  return Object.assign(new Map(fragments.map((f) => [f.url, f.content])), { titles: new Map(fragments.map((f) => [f.url, f.meta.title])) });
}

describe('the built sample and an unfamiliar team', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-finish-'));
  const repo = path.join(work, 'team-repo');
  const content = path.join(repo, 'content');
  let sample: BuildResult;
  let team: BuildResult;

  beforeAll(() => {
    // The fixture as a team's repository: people commit under the names their git has.
    mkdirSync(repo);
    cpSync(path.join(root, 'tests/fixtures/unfamiliar-team'), content, { recursive: true });
    // A link to a section of a page the content check cannot see (the value page is no
    // entry's): only the built site can tell it is gone.
    const chapter = path.join(content, 'roadbook/03-after-an-event.mdx');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nSee [what leadership asks](/value/#questions) and [the old section](/value/#what-we-measure).\n`);
    git(repo, 'init', '-q');
    commitAs(repo, 'Seed', 'seed@example.com', ['.']);
    const touch = (file: string) => writeFileSync(path.join(content, file), `${readFileSync(path.join(content, file), 'utf8')}\n`);
    touch('roadbook/01-getting-started.mdx');
    commitAs(repo, 'kenw-laptop', '4242+ken-watanabe-takahashi@users.noreply.github.com', ['content/roadbook/01-getting-started.mdx']);
    touch('roadbook/02-giving-talks.mdx');
    commitAs(repo, 'amira haddad', 'amira.personal@mail.example', ['content/roadbook/02-giving-talks.mdx']);
    touch('programs/tokyo-meetups.mdx');
    commitAs(repo, 'Contractor Jo', 'jo@agency.example', ['content/programs/tokyo-meetups.mdx']);
    sample = buildSite({ outDir: path.join(work, 'sample') });
    team = buildSite({ contentDir: content, outDir: path.join(work, 'team') });
  });

  it('builds both', () => {
    expect(sample.ok, sample.output).toBe(true);
    expect(team.ok, team.output).toBe(true);
  });

  it('credits "Last updated by" to the team member whose commit it is, and links them; anyone else by the commit\'s name', () => {
    const footer = (page: string) => readFileSync(path.join(team.outDir, page, 'index.html'), 'utf8').match(/<div class="page-source"[\s\S]*?<\/div>/)?.[0] ?? '';
    expect(footer('roadbook/getting-started')).toMatch(/by <a href="\/team\/ken-watanabe\/">渡辺 健 \(Ken Watanabe\)<\/a>/);
    expect(footer('roadbook/giving-talks')).toMatch(/by <a href="\/team\/amira-haddad\/">Amira Haddad<\/a>/);
    expect(footer('programs/tokyo-meetups')).toMatch(/by Contractor Jo\s*<\/p>/);
    expect(footer('roadbook/after-an-event')).toMatch(/by Seed\s*<\/p>/);
  });

  it('finds a link to a missing section in the built site, with the closest one, and nothing else', () => {
    expect(findBrokenLinks(sample.outDir)).toEqual([]);
    // The chapter's page, and the printable book that holds it too.
    expect(findBrokenLinks(team.outDir)).toEqual([
      { page: path.join('roadbook', 'after-an-event', 'index.html'), target: '/value/#what-we-measure', reason: 'no element with id "what-we-measure" on that page' },
      { page: path.join('roadbook', 'print', 'index.html'), target: '/value/#what-we-measure', reason: 'no element with id "what-we-measure" on that page' },
    ]);
    const cli = spawnSync(process.execPath, ['scripts/check-links.ts', team.outDir], { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain('/value/#what-we-measure  no element with id "what-we-measure" on that page');
  });

  it("lists the templates' sections as the anchor check knows them", () => {
    // Headings that name navigation, not a section of the page's subject.
    const navigation = new Set(['on-this-page-side', 'chapter-list-title']);
    const unknown: string[] = [];
    for (const [contentDir, outDir] of [[path.join(root, 'content'), sample.outDir], [content, team.outDir]] as const) {
      const files = readSiteFiles(contentDir);
      for (const entry of checkContent(contentDir, root).entries) {
        const outline = new OutlineBuilder();
        if (/\.mdx?$/.test(entry.file)) checkBody(entry, files, outline);
        const html = readFileSync(path.join(outDir, entryPath(entry.collection, entry.id), 'index.html'), 'utf8');
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        const ids = [...main.matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
        // Every heading the body has gets the id the check expects…
        for (const id of outline.outline.ids) if (!ids.includes(id) && !/^<a /.test(id)) unknown.push(`${entry.file}: body id #${id} is not on the page`);
        // …and every other section heading is one the template declares.
        for (const id of ids) {
          if (!outline.outline.ids.includes(id) && !navigation.has(id) && !templateSections[entry.collection].includes(id)) unknown.push(`${entry.file}: #${id} is not in templateSections.${entry.collection}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('indexes the page\'s own words for search excerpts, not its badges, dates or neighbours', () => {
    // A recap's text runs from its title straight into why it mattered: no date, place,
    // format or visibility badge between (the facts are in the sidebar, at the end), and
    // no "More from …" list of other recaps.
    const index = indexedText(sample.outDir);
    const recaps = [...index].filter(([url]) => url.startsWith('/recaps/'));
    expect(recaps.length).toBeGreaterThan(5);
    for (const [url, text] of recaps) {
      const title = index.titles.get(url)!.replace(/[.:!?]$/, '');
      expect(text.startsWith(`${title}. Why it matter`), `${url}: ${text.slice(0, 160)}`).toBe(true);
      expect(text, url).not.toMatch(/Shareable externally|More from /);
    }
    const recap = indexedText(team.outDir).get('/recaps/2026-09-10-tokyo-operators-night/')!;
    expect(recap).toMatch(/^Tokyo operators night: the year in numbers\. Why it mattered\. Operators told us/);
    const chapter = indexedText(sample.outDir).get('/roadbook/tools-and-accounts/')!;
    expect(chapter).toMatch(/^Tools and accounts\. Every tool the team uses/);
    expect(chapter).not.toMatch(/Roadbook progress|min read|Reviewed \d/);
  });

  it('says how to choose headline metrics where none are chosen, with the team\'s own ids', () => {
    const home = readFileSync(path.join(team.outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/<code[^>]*>headlineMetrics: \[forum-answer-rating, meetup-attendance\]<\/code>/);
    expect(home).toMatch(/<code[^>]*>content\/site\.yaml<\/code>/);
    expect(readFileSync(path.join(sample.outDir, 'index.html'), 'utf8')).not.toContain('Choose the three or four metrics');
  });

  it('explains health only where a metric has a target', () => {
    const page = (id: string) => readFileSync(path.join(team.outDir, 'metrics', id, 'index.html'), 'utf8');
    expect(page('meetup-attendance')).toContain('How health is judged.');
    expect(page('forum-answer-rating')).not.toContain('How health is judged.');
  });

  it('draws a breakdown\'s legend in the order of the CSV (Tokyo, Osaka, Online), not the alphabet\'s', () => {
    const svg = readFileSync(path.join(team.outDir, 'metrics/meetup-attendance/index.html'), 'utf8');
    const legend = ['Tokyo', 'Osaka', 'Online'].map((series) => svg.indexOf(`>${series}</text>`));
    expect(legend.every((at) => at > 0)).toBe(true);
    expect([...legend].sort((a, b) => a - b)).toEqual(legend);
  });

  describe('in the W3C Nu Html Checker', () => {
    const java = spawnSync(process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin/java') : 'java', ['-version']);
    const available = !java.error && java.status === 0;
    if (!available) {
      const message = 'NU HTML CHECKER SKIPPED: no Java runtime (apt-get install default-jre-headless)';
      if (process.env.CI === 'true') it('finds Java (required under CI=true)', () => expect.fail(message));
      else console.warn(`\n${message}\n`);
    }

    it.runIf(available)('finds no error on any page of either wiki, and does find a broken one', () => {
      // A page with the two mistakes the site used to make, to show the checker sees them.
      const broken = path.join(work, 'broken');
      mkdirSync(broken);
      writeFileSync(path.join(broken, 'index.html'), '<!doctype html><html lang="en"><head><title>x</title></head><body><figure><div>chart</div><figcaption>c</figcaption><details><summary>data</summary></details></figure></body></html><script src="x.js"></script>');
      const result = validateHtml([sample.outDir, team.outDir, broken]);
      if (!result.available) throw new Error(result.reason);
      const errorsIn = (dir: string) => result.errors.filter((e) => e.dir === dir).map(formatHtmlError);
      expect(errorsIn(sample.outDir), errorsIn(sample.outDir).join('\n')).toEqual([]);
      expect(errorsIn(team.outDir), errorsIn(team.outDir).join('\n')).toEqual([]);
      const found = errorsIn(broken).join('\n');
      expect(found).toMatch(/^index\.html:1:\d+ {2}Element “details” not allowed as child of element “figure”/m);
      expect(found).toMatch(/Stray start tag “script”/);
    });
  });
});
