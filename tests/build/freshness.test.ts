/**
 * Ownership, freshness and page history in a real build: the review banner on an
 * overdue page (and not on a fresh one), the /review/ list, "Last updated … by …"
 * from git, the edit link, and a shallow clone that says so once instead of showing
 * wrong dates. Built from a copy of the good-content fixture made into its own git
 * repository, with commits of known authors and dates.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/urls.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-freshness-'));
const repo = path.join(temp, 'wiki');
const content = path.join(repo, 'content');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function git(cwd: string, args: string[], env: Record<string, string> = {}) {
  return execFileSync('git', args, {
    cwd, encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_COMMITTER_NAME: 'CI', GIT_COMMITTER_EMAIL: 'ci@example.com', ...env },
  });
}
function commit(author: string, date: string) {
  git(repo, ['add', '-A']);
  git(repo, ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', `change by ${author}`], {
    GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: 'a@example.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date,
  });
}
const edit = (file: string, change: (text: string) => string) => {
  const abs = path.join(content, file);
  writeFileSync(abs, change(readFileSync(abs, 'utf8')));
};

/** Visible text of an HTML fragment, whitespace collapsed. */
const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const page = (build: BuildResult, route: string) => readFileSync(path.join(build.outDir, route, 'index.html'), 'utf8');
const banner = (html: string) => /<div class="notice review-notice[^]*?<\/div>/.exec(html)?.[0];
const pageSource = (html: string) => /<div class="page-source[^]*?<\/div>/.exec(html)?.[0];

beforeAll(() => {
  cpSync(path.join(root, 'tests/fixtures/good-content'), content, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  // "Now" in builds is 2026-11-25 (SOURCE_DATE_EPOCH in build-site.ts).
  // First week: reviewed over 180 days ago, so overdue. Giving talks: reviewed this month, fresh.
  edit('roadbook/01-first-week.mdx', (t) => t.replace('reviewed: 2026-09-15', 'reviewed: 2025-12-01'));
  edit('roadbook/02-giving-talks.mdx', (t) => t.replace('reviewed: 2026-09-15', 'reviewed: 2026-11-02'));
  // The department is due in 12 days: listed as due soon, no banner.
  edit('departments/customer-success.yaml', (t) => `${t.trimEnd()}\nreviewEvery: 97\n`);
  edit('site.yaml', (t) => `${t}repository:\n  url: https://gitlab.example.com/devrel/wiki\n  branch: trunk\n`);
  commit('Ana Ruiz', '2026-03-01T10:00:00Z');
  edit('programs/ambassadors.mdx', (t) => t.replace('Body.', 'Body, updated.'));
  edit('programs/ambassadors.mdx', (t) => `${t}\nNew cohort announced.\n`);
  commit('María López', '2026-10-20T16:30:00Z');
  // Written after the last commit and never committed.
  writeFileSync(path.join(content, 'updates/2026-11-20-draft.md'), '---\ntitle: A draft\ndate: 2026-11-20\nauthor: ana-ruiz\n---\n\nNot committed yet.\n');
});

describe('a wiki with an overdue page', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ contentDir: content });
  });

  it('builds, warning about the overdue page', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toMatch(/roadbook\/01-first-week\.mdx:6:1 {2}reviewed {2}due for review since 2026-05-30 \(overdue by 179 days\); owner: Maria López/);
  });

  it('shows the review banner on the overdue page, with owner and dates', () => {
    const notice = banner(page(build, paths.roadbookChapter('first-week')));
    expect(notice).toBeDefined();
    expect(text(notice!)).toContain('This page may be out of date. Owned by Maria López , last reviewed Dec 1, 2025 ; it was due for review on May 30, 2026 .');
    expect(notice).toContain(`href="${paths.review()}"`);
  });

  it('shows no banner on fresh or due-soon pages', () => {
    expect(banner(page(build, paths.roadbookChapter('giving-talks')))).toBeUndefined();
    expect(banner(page(build, paths.department('customer-success')))).toBeUndefined();
    expect(banner(page(build, paths.program('ambassadors')))).toBeUndefined();
  });

  it('lists overdue pages, then those due soon, on /review/, linked from the footer', () => {
    const html = page(build, paths.review());
    const main = text(/<main[^]*<\/main>/.exec(html)![0]);
    expect(main).toMatch(/Overdue \(1\) Your first week overdue by 179 days Edit Type Roadbook chapter Owner Maria López Last reviewed Dec 1, 2025 Due May 30, 2026/);
    expect(main).toMatch(/Due in the next 30 days \(1\) Customer Success due in 12 days/);
    expect(main).not.toContain('Giving talks');
    expect(main.indexOf('Your first week')).toBeLessThan(main.indexOf('Customer Success'));
    expect(page(build, paths.home())).toContain(`href="${paths.review()}"`);
  });

  it('shows the latest commit of each file and an edit link, outside the search index', () => {
    const program = pageSource(page(build, paths.program('ambassadors')));
    // The commit's author, "María López", is the team member Maria López (names compared without accents): named and linked as on the team page.
    expect(text(program!)).toBe('Last updated Oct 20, 2026 by Maria López Edit this page');
    expect(program).toContain(`href="${paths.person('maria-lopez')}"`);
    expect(program).toContain('data-pagefind-ignore');
    expect(program).toContain('href="https://gitlab.example.com/devrel/wiki/-/edit/trunk/content/programs/ambassadors.mdx"');
    expect(program).toMatch(/href="https:\/\/gitlab\.example\.com\/devrel\/wiki\/-\/commit\/[0-9a-f]{40}"/);
    expect(text(pageSource(page(build, paths.person('ana-ruiz')))!)).toBe('Last updated Mar 1, 2026 by Ana Ruiz Edit this page');
  });

  it('shows no date for a file not committed yet, only the edit link', () => {
    expect(text(pageSource(page(build, paths.update('2026-11-20-draft')))!)).toBe('Edit this page');
  });
});

describe('a shallow clone', () => {
  let build: BuildResult;
  beforeAll(() => {
    const clone = path.join(temp, 'shallow');
    git(temp, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    build = buildSite({ contentDir: path.join(clone, 'content') });
  });

  it('says so once and shows no dates, rather than wrong ones', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output.match(/shallow git clone/g)).toHaveLength(1);
    const program = page(build, paths.program('ambassadors'));
    expect(text(pageSource(program)!)).toBe('Edit this page');
    expect(program).not.toContain('Last updated');
  });
});
