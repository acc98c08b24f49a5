/**
 * `checkContent` over real folders on disk: what `npm run check` and the build's
 * content guard tell an author, with file, line and column of each mistake.
 *
 * Each test starts from a copy of tests/fixtures/good-content (valid, every
 * reference resolving) and writes or deletes a few files, so the problems asserted
 * are exactly the ones the test introduced.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type ContentReport } from '../../src/lib/check/check-content.ts';
import { formatProblem, summarize } from '../../src/lib/check/problem.ts';
import { defaultSiteConfig } from '../../src/schemas/site.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(projectRoot, 'tests/fixtures');
/** The day the fixtures were written: nothing in them is overdue yet. */
const fixedNow = new Date('2026-11-25T00:00:00Z');

const tempRoots: string[] = [];
afterEach(() => {
  for (const dir of tempRoots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A temporary project with a `content/` folder. `files` maps paths inside content/
 * to their text (`null` deletes the file). With `base: 'good'` the folder starts as
 * a copy of the good-content fixture.
 */
function content(files: Record<string, string | null>, { base }: { base?: 'good' } = { base: 'good' }): ContentReport {
  const root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-check-'));
  tempRoots.push(root);
  const dir = path.join(root, 'content');
  if (base === 'good') cpSync(path.join(fixtures, 'good-content'), dir, { recursive: true });
  else mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) {
    const abs = path.join(dir, file);
    if (text === null) {
      unlinkSync(abs);
    } else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
  return checkContent(dir, root, { now: fixedNow });
}

/** The lines `npm run check` prints for these problems (without the severity column). */
const lines = (report: ContentReport) => report.problems.map(formatProblem);

/** Dedent a template literal so fixture text can be indented with the test. */
function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(...text.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return text.split('\n').map((l) => l.slice(indent)).join('\n').replace(/[ \t]+$/, '');
}

/** A program file; `fields` (owners and the like) start on line 6. */
const program = (fields: string) =>
  [
    '---',
    'title: Lumen Ambassadors',
    'kind: ambassador',
    'status: active',
    'summary: Community experts.',
    fields,
    'outcomes:',
    '  - outcome: 40 active ambassadors',
    'started: 2024-02-01',
    'reviewed: 2026-09-01',
    // Optional, but without it the checker warns: tests here are about other problems.
    'priorities: [self-serve-adoption]',
    '---',
    '',
    'Body.',
    '',
  ].join('\n');

describe('the good-content fixture', () => {
  it('has zero problems', () => {
    const report = checkContent(path.join(fixtures, 'good-content'), projectRoot);
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.fileCount).toBe(11);
  });

  it('has one entry per file, with ids from file names (roadbook without nn-)', () => {
    const report = checkContent(path.join(fixtures, 'good-content'), projectRoot);
    expect(report.entries.map((e) => `${e.collection}/${e.id}  ${e.file}`)).toMatchInlineSnapshot(`
      [
        "team/ana-ruiz  tests/fixtures/good-content/team/ana-ruiz.yaml",
        "team/maria-lopez  tests/fixtures/good-content/team/maria-lopez.yaml",
        "departments/customer-success  tests/fixtures/good-content/departments/customer-success.yaml",
        "priorities/self-serve-adoption  tests/fixtures/good-content/priorities/self-serve-adoption.yaml",
        "programs/ambassadors  tests/fixtures/good-content/programs/ambassadors.mdx",
        "recaps/2026-03-23-kubecon-eu  tests/fixtures/good-content/recaps/2026/2026-03-23-kubecon-eu.mdx",
        "roadbook/first-week  tests/fixtures/good-content/roadbook/01-first-week.mdx",
        "roadbook/giving-talks  tests/fixtures/good-content/roadbook/02-giving-talks.mdx",
        "meetings/office-hours  tests/fixtures/good-content/meetings/office-hours.mdx",
        "updates/2026-03-30-spring-update  tests/fixtures/good-content/updates/2026-03-30-spring-update.md",
        "syncs/2026-04-14-customer-success  tests/fixtures/good-content/syncs/2026-04-14-customer-success.md",
      ]
    `);
  });

  it('keeps parsed data (defaults, Date objects) and the Markdown body', () => {
    const report = checkContent(path.join(fixtures, 'good-content'), projectRoot);
    const recap = report.entries.find((e) => e.collection === 'recaps')!;
    expect((recap.data.event as { start: Date }).start).toEqual(new Date('2026-03-23T00:00:00Z'));
    expect(recap.body.trim()).toBe('We ran a booth and gave one talk.');
    const chapter = report.entries.find((e) => e.id === 'first-week')!;
    expect(chapter.data.reviewEvery).toBe(180);
  });

  it('covers every collection the build needs', () => {
    const report = checkContent(path.join(fixtures, 'good-content'), projectRoot);
    const count = (c: string) => report.entries.filter((e) => e.collection === c).length;
    expect(
      Object.fromEntries(['team', 'departments', 'priorities', 'programs', 'recaps', 'roadbook', 'meetings', 'updates', 'syncs', 'metrics'].map((c) => [c, count(c)])),
    ).toEqual({ team: 2, departments: 1, priorities: 1, programs: 1, recaps: 1, roadbook: 2, meetings: 1, updates: 1, syncs: 1, metrics: 0 });
    expect(report.entries.find((e) => e.collection === 'programs')!.file).toMatch(/\.mdx$/);
  });
});

describe('the bad-content fixture', () => {
  it('reports every mistake, in file order, as an author reads them', () => {
    const report = checkContent(path.join(fixtures, 'bad-content'), projectRoot);
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad-content/programs/ambassadors.mdx:3:1  kind  "ambasador" is not allowed here; expected one of: ambassador, hackathon, events, education, content, community, other  (did you mean "ambassador"?)",
        "tests/fixtures/bad-content/programs/ambassadors.mdx:7:5  owners[0]  unknown team member "ana-ruis"  (did you mean "ana-ruiz"?)",
        "tests/fixtures/bad-content/programs/campus.mdx:3:1  priorities  serves no company priority: the executive view cannot show what this program is for  (add priorities: with ids from content/priorities/)",
        "tests/fixtures/bad-content/programs/campus.mdx:6:1  summary  still a placeholder: "TODO: one or two sentences a VP can read in passing"  (replace the whole TODO text with the real value)",
        "tests/fixtures/bad-content/programs/campus.mdx:10:5  outcomes[0].outcome  still a placeholder: "TODO: an outcome someone outside the team can check"  (replace the whole TODO text with the real value)",
        "tests/fixtures/bad-content/programs/campus.mdx:18:1  body  placeholder text left in the page: "TODO: the problem it solves for developers, and for the com…"  (write the real text in its place, or delete the line)",
        "tests/fixtures/bad-content/recaps/2026/2026-03-23-kubecon-eu.mdx:2:1  why  required field "why" is missing  (expected why the event mattered to the developer community as text)",
        "tests/fixtures/bad-content/recaps/2026/2026-03-23-kubecon-eu.mdx:6:3  event.end  event.end is before event.start: swap the dates or fix the year",
        "tests/fixtures/bad-content/roadbook/02-first-week.mdx:3:1  order  order 1 differs from the file name's 02  (rename the file to 01-first-week.mdx so the folder reads in book order)",
        "tests/fixtures/bad-content/team/ana-ruiz.yaml:3:1  pronoun  unknown field "pronoun"  (did you mean "pronouns"?)",
        "tests/fixtures/bad-content/team/maria-lopez.yaml:1:1  github  no GitHub handle: pull requests that change pages this person owns cannot be sent to them for review  (add github: <handle>, without the @)",
        "tests/fixtures/bad-content/updates/2026-03-30-spring-update.md:3:1  date  date 2026-03-31 does not match the file name's 2026-03-30  (rename the file or fix the date, so files sort in the order things happened)",
      ]
    `);
    expect(summarize(report.problems)).toBe('9 errors, 3 warnings in 7 files');
  });

  it('still reads the files with errors, so references to them resolve', () => {
    const report = checkContent(path.join(fixtures, 'bad-content'), projectRoot);
    // The recap names program "ambassadors", whose file has a schema error: no
    // second, misleading "unknown program" problem.
    expect(report.problems.some((p) => p.message.includes('unknown program'))).toBe(false);
    expect(report.fileCount).toBe(11);
  });
});

describe('all problems at once', () => {
  it('reports errors from several files and several errors per file in one run', () => {
    const report = content({
      'team/ana-ruiz.yaml': yaml`
        name: Ana Ruiz
        role: Developer Advocate
        focus: []
        timezone: Europe/Berlin
        email: not-an-email
      `,
      'programs/ambassadors.mdx': program('owners: [maria-lopez]\nprorities: []'),
      'updates/2026-03-30-spring-update.md': yaml`
        ---
        title: Spring
        date: 2026-03-30
        author: ana-ruiz
        programs: [ambasadors]
        ---
      `,
    });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/programs/ambassadors.mdx:7:1  prorities  unknown field "prorities"  (did you mean "priorities"?)",
        "content/team/ana-ruiz.yaml:3:1  focus  list at least one focus area so colleagues know what to ask about",
        "content/team/ana-ruiz.yaml:5:1  email  expected an e-mail address like "devrel@example.com"",
        "content/updates/2026-03-30-spring-update.md:5:12  programs[0]  unknown program "ambasadors"  (did you mean "ambassadors"?)",
      ]
    `);
    expect(report.problems.every((p) => p.severity === 'error')).toBe(true);
  });
});

describe('line numbers', () => {
  it('frontmatter keys count the opening --- as line 1', () => {
    const report = content({
      'updates/2026-03-30-spring-update.md': yaml`
        ---
        title: Spring
        date: 2026-03-30
        author: ana-ruiz
        mood: happy
        ---

        Text.
      `,
    });
    expect(report.problems).toEqual([
      expect.objectContaining({ file: 'content/updates/2026-03-30-spring-update.md', line: 5, column: 1, field: 'mood' }),
    ]);
  });

  it('YAML data files count from line 1', () => {
    const report = content({
      'priorities/self-serve-adoption.yaml': yaml`
        title: Grow self-serve adoption
        period: FY2026
        description: More teams succeed alone.
        measuredBy:
          - Weekly active projects
        order: -2
      `,
    });
    expect(lines(report)).toEqual(['content/priorities/self-serve-adoption.yaml:6:1  order  must be at least 0, got -2']);
  });

  it('nested keys: event.start in a recap', () => {
    const report = content({
      'recaps/2026/2026-03-23-kubecon-eu.mdx': yaml`
        ---
        title: KubeCon
        event:
          name: KubeCon EU
          start: 2026-02-30
          location: Amsterdam
          format: in-person
        audience: 10
        why: It mattered.
        links: [{ label: Slides, url: https://example.com/slides }]
        ---
      `,
    });
    expect(lines(report)).toEqual([
      'content/recaps/2026/2026-03-23-kubecon-eu.mdx:5:3  event.start  "2026-02-30" is not a real calendar date',
    ]);
  });

  it('list items: owners[1], written as a block list', () => {
    const report = content({
      'programs/ambassadors.mdx': program('owners:\n  - maria-lopez\n  - ana-ruis'),
    });
    expect(lines(report)).toEqual([
      'content/programs/ambassadors.mdx:8:5  owners[1]  unknown team member "ana-ruis"  (did you mean "ana-ruiz"?)',
    ]);
  });

  it('list items: owners[1], written as a flow list, points at the column of the item', () => {
    const report = content({ 'programs/ambassadors.mdx': program('owners: [maria-lopez, jdoe]') });
    expect(report.problems).toEqual([expect.objectContaining({ line: 6, column: 23, field: 'owners[1]' })]);
  });

  it('fields of list items: followUps[0].owner in a sync', () => {
    const report = content({
      'syncs/2026-04-14-customer-success.md': yaml`
        ---
        title: Forum questions
        department: customer-success
        meeting: Weekly CS leads
        date: 2026-04-14
        attendees: [maria-lopez]
        takeaways: [CS wants the questions.]
        followUps:
          - task: Send the digest
            owner: marialopez
          - task: Second
            owner: ana-ruiz
        ---
      `,
    });
    expect(lines(report)).toEqual([
      'content/syncs/2026-04-14-customer-success.md:10:5  followUps[0].owner  unknown team member "marialopez"  (did you mean "maria-lopez"?)',
    ]);
  });

  it('a missing required field points at the start of the frontmatter', () => {
    const report = content({
      'roadbook/01-first-week.mdx': yaml`
        ---
        title: Your first week
        order: 1
        summary: Find your way around.
        reviewed: 2026-09-15
        ---
      `,
    });
    expect(lines(report)).toEqual([
      'content/roadbook/01-first-week.mdx:2:1  owner  required field "owner" is missing  (expected an id written as text, like "maria-lopez")',
    ]);
  });

  it('Windows line endings and a byte-order mark do not shift lines', () => {
    const text = '\uFEFF---\r\ntitle: Spring\r\ndate: 2026-03-30\r\nauthor: ana-ruiz\r\nmood: happy\r\n---\r\n\r\nText.\r\n';
    const report = content({ 'updates/2026-03-30-spring-update.md': text });
    expect(lines(report)).toEqual([
      'content/updates/2026-03-30-spring-update.md:5:1  mood  unknown field "mood"  (allowed fields here: title, date, author, programs)',
    ]);
  });
});

describe('references', () => {
  it('a near miss suggests the real id', () => {
    const report = content({ 'programs/ambassadors.mdx': program('owners: [ana-ruis]') });
    expect(report.problems).toEqual([
      {
        severity: 'error',
        file: 'content/programs/ambassadors.mdx',
        line: 6,
        column: 10,
        field: 'owners[0]',
        message: 'unknown team member "ana-ruis"',
        hint: 'did you mean "ana-ruiz"?',
      },
    ]);
  });

  it('nothing close: the hint names the folder where the file should be', () => {
    const report = content({
      'departments/customer-success.yaml': yaml`
        name: Customer Success
        summary: Keeps customers successful.
        contact:
          name: Priya
        cares: [Retention]
        together: [Digest]
        liaison: zoe-quartermaine
        reviewed: 2026-09-01
      `,
    });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/departments/customer-success.yaml:7:1  liaison  unknown team member "zoe-quartermaine"  (no file content/team/zoe-quartermaine.* exists; ids are file names without the extension)",
      ]
    `);
  });

  it('every kind of reference is checked', () => {
    const report = content({
      'meetings/office-hours.mdx': yaml`
        ---
        title: Office Hours
        summary: Questions.
        host: maria-lopes
        recurrence:
          frequency: weekly
          weekday: tuesday
          time: "16:00"
          timezone: Europe/Berlin
          duration: 45
          starts: 2026-01-06
        where:
          room: Ada
        openTo: [customer-succes, sales]
        reviewed: 2026-09-01
        ---
      `,
      'recaps/2026/2026-03-23-kubecon-eu.mdx': yaml`
        ---
        title: KubeCon
        event:
          name: KubeCon EU
          start: 2026-03-23
          location: Amsterdam
          format: in-person
        program: ambassador
        audience: 10
        speakers: [ana-ruiz, maria]
        why: It mattered.
        links: [{ label: Slides, url: https://example.com/slides }]
        ---
      `,
    });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/meetings/office-hours.mdx:4:1  host  unknown team member "maria-lopes"  (did you mean "maria-lopez"?)",
        "content/meetings/office-hours.mdx:14:10  openTo[0]  unknown department "customer-succes"  (did you mean "customer-success"?)",
        "content/meetings/office-hours.mdx:14:27  openTo[1]  unknown department "sales"  (no file content/departments/sales.* exists; ids are file names without the extension)",
        "content/recaps/2026/2026-03-23-kubecon-eu.mdx:8:1  program  unknown program "ambassador"  (did you mean "ambassadors"?)",
        "content/recaps/2026/2026-03-23-kubecon-eu.mdx:10:22  speakers[1]  unknown team member "maria"  (did you mean "maria-lopez"?)",
      ]
    `);
  });
});

describe('ids and ordering', () => {
  it('programs/x.md next to programs/x.mdx is a duplicate id', () => {
    const report = content({ 'programs/ambassadors.md': program('owners: [ana-ruiz]') });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/programs/ambassadors.mdx  duplicate program id "ambassadors": content/programs/ambassadors.md has the same id  (ids come from file names: rename one of the two files)",
      ]
    `);
  });

  it('recaps with the same file name in two year folders are duplicates', () => {
    const recap = yaml`
      ---
      title: KubeCon
      event:
        name: KubeCon EU
        start: 2026-03-23
        location: Amsterdam
        format: in-person
      audience: 10
      why: It mattered.
      links: [{ label: Slides, url: https://example.com/slides }]
      ---
    `;
    const report = content({ 'recaps/2025/2026-03-23-kubecon-eu.mdx': recap });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/recaps/2025/2026-03-23-kubecon-eu.mdx  recap is in folder "2025" but dated 2026  (move it to content/recaps/2026/)",
        "content/recaps/2026/2026-03-23-kubecon-eu.mdx  duplicate recap id "2026-03-23-kubecon-eu": content/recaps/2025/2026-03-23-kubecon-eu.mdx has the same id  (ids come from file names: rename one of the two files)",
      ]
    `);
  });

  it('a roadbook order used twice is an error naming the other file and the next free position', () => {
    const report = content({
      'roadbook/03-talks-again.mdx': yaml`
        ---
        title: Talks again
        order: 2
        summary: Again.
        owner: ana-ruiz
        reviewed: 2026-09-15
        ---
      `,
    });
    const problems = report.problems.filter((p) => p.severity === 'error');
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/roadbook/03-talks-again.mdx:3:1  order  order 2 is already used by content/roadbook/02-giving-talks.mdx  (each chapter needs its own position; the next free one is 3)",
      ]
    `);
  });

  it('an order that differs from the nn- prefix is only a warning', () => {
    const report = content({
      'roadbook/02-giving-talks.mdx': null,
      'roadbook/05-giving-talks.mdx': yaml`
        ---
        title: Giving talks
        order: 2
        summary: Talks.
        owner: ana-ruiz
        reviewed: 2026-09-15
        ---
      `,
    });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.severity).toBe('warning');
    expect(formatProblem(report.problems[0]!)).toMatchInlineSnapshot(`"content/roadbook/05-giving-talks.mdx:3:1  order  order 2 differs from the file name's 05  (rename the file to 02-giving-talks.mdx so the folder reads in book order)"`);
    // The id (and so the URL) does not depend on the number.
    expect(report.entries.filter((e) => e.collection === 'roadbook').map((e) => e.id).sort()).toEqual(['first-week', 'giving-talks']);
  });
});

describe('file names and folders', () => {
  it('a file name that does not follow the convention', () => {
    const report = content({
      'team/ana-ruiz.yaml': null,
      'team/Ana_Ruiz.yaml': yaml`
        name: Ana Ruiz
        role: Developer Advocate
        focus: [education]
        timezone: America/New_York
        email: ana.ruiz@lumenstack.example
        github: anaruiz-dev
      `,
      'roadbook/first-steps.mdx': yaml`
        ---
        title: First steps
        order: 3
        summary: Steps.
        owner: maria-lopez
        reviewed: 2026-09-15
        ---
      `,
    });
    // The team member's id is now "Ana_Ruiz", so references to ana-ruiz break too.
    expect(lines(report).filter((l) => l.includes('ana-ruiz'))).not.toEqual([]);
    // No order warning made up from the "fi" of first-steps.
    expect(report.problems.filter((p) => p.severity === 'warning')).toEqual([]);
    expect(lines(report).filter((l) => l.includes('convention'))).toMatchInlineSnapshot(`
      [
        "content/roadbook/first-steps.mdx  file name "first-steps.mdx" does not follow the convention  (name it like content/roadbook/<nn>-<slug>.mdx, lowercase words of any script joined by dashes)",
        "content/team/Ana_Ruiz.yaml  file name "Ana_Ruiz.yaml" does not follow the convention  (rename it to ana-ruiz.yaml: ids are written in lower case, so the page's address works everywhere)",
      ]
    `);
  });

  it('an update without a date in its name: one problem, not a second one about a "date" read from the name', () => {
    const report = content({
      'updates/2026-03-30-spring-update.md': null,
      'updates/spring-update.md': '---\ntitle: Spring\ndate: 2026-03-30\nauthor: ana-ruiz\n---\n',
    });
    expect(lines(report)).toEqual([
      'content/updates/spring-update.md  file name "spring-update.md" does not follow the convention  (name it like content/updates/<yyyy-mm-dd>-<slug>.md, lowercase words of any script joined by dashes)',
    ]);
  });

  it('a recap without a date in its name is not also said to be in the wrong year folder', () => {
    const report = content({
      'recaps/2026/2026-03-23-kubecon-eu.mdx': null,
      'recaps/2026/kubecon-eu.mdx': '---\ntitle: KubeCon\nevent:\n  name: KubeCon\n  start: 2026-03-23\n  location: Amsterdam\n  format: in-person\naudience: 1\nwhy: It mattered.\nlinks: [{ label: Slides, url: https://example.com/slides }]\n---\n',
    });
    expect(lines(report)).toEqual([
      'content/recaps/2026/kubecon-eu.mdx  file name "kubecon-eu.mdx" does not follow the convention  (name it like content/recaps/<yyyy>/<yyyy-mm-dd>-<slug>.mdx, lowercase words of any script joined by dashes)',
    ]);
  });

  it('a recap in the wrong year folder, and one with no year folder', () => {
    const recap = (start: string) => yaml`
      ---
      title: KubeCon
      event:
        name: KubeCon EU
        start: ${start}
        location: Amsterdam
        format: in-person
      audience: 10
      why: It mattered.
      links: [{ label: Slides, url: https://example.com/slides }]
      ---
    `;
    const report = content({
      'recaps/2025/2026-05-01-devopsdays.mdx': recap('2026-05-01'),
      'recaps/2026-06-01-pycon.md': recap('2026-06-01'),
    });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/recaps/2025/2026-05-01-devopsdays.mdx  recap is in folder "2025" but dated 2026  (move it to content/recaps/2026/)",
        "content/recaps/2026-06-01-pycon.md  recap is in folder "recaps" but dated 2026  (move it to content/recaps/2026/)",
      ]
    `);
  });

  it('an update whose date differs from the date in its file name', () => {
    const report = content({
      'updates/2026-03-30-spring-update.md': '---\ntitle: Spring\ndate: 2026-04-02\nauthor: ana-ruiz\n---\n',
    });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/updates/2026-03-30-spring-update.md:3:1  date  date 2026-04-02 does not match the file name's 2026-03-30  (rename the file or fix the date, so files sort in the order things happened)",
      ]
    `);
  });

  it('a recap whose event.start differs from its file name', () => {
    const report = content({
      'recaps/2026/2026-03-23-kubecon-eu.mdx': yaml`
        ---
        title: KubeCon
        event:
          name: KubeCon EU
          start: 2026-03-24
          location: Amsterdam
          format: in-person
        audience: 10
        why: It mattered.
        links: [{ label: Slides, url: https://example.com/slides }]
        ---
      `,
    });
    expect(lines(report)).toEqual([
      "content/recaps/2026/2026-03-23-kubecon-eu.mdx:5:3  event.start  date 2026-03-24 does not match the file name's 2026-03-23  (rename the file or fix the date, so files sort in the order things happened)",
    ]);
  });

  it('a misspelt collection folder is reported with the right name', () => {
    const report = content({ 'recap/2026/2026-04-01-meetup.mdx': '---\ntitle: Meetup\n---\n' });
    expect(report.problems).toEqual([
      {
        severity: 'error',
        file: 'content/recap',
        message: 'folder "recap" is not a content collection, so its file would be silently left out',
        hint: 'did you mean "recaps"? Rename the folder.',
      },
    ]);
  });

  it('unrelated top-level folders and READMEs are left alone', () => {
    const report = content({
      'assets/logo.svg': '<svg/>',
      'README.md': '# Content',
      'programs/README.md': '# Programs',
      'programs/.drafts/secret.mdx': 'not checked',
    });
    expect(lines(report)).toEqual([]);
  });

  it('a .txt file inside content/programs is reported', () => {
    const report = content({ 'programs/notes.txt': 'todo' });
    expect(report.problems).toEqual([
      {
        severity: 'error',
        file: 'content/programs/notes.txt',
        message: '"notes.txt" is not a Markdown (.md or .mdx) file, so it would be left out of the site',
        hint: 'name it like content/programs/<id>.mdx, or move it out of content/programs/',
      },
    ]);
    expect(report.fileCount).toBe(11);
  });

  it('a Markdown file among YAML data is reported', () => {
    const report = content({ 'team/ana-notes.md': '# Notes' });
    expect(lines(report)).toEqual([
      'content/team/ana-notes.md  "ana-notes.md" is not a YAML (.yaml) file, so it would be left out of the site  (name it like content/team/<first-last>.yaml, or move it out of content/team/)',
    ]);
  });
});

describe('syntax', () => {
  it('a Markdown file without frontmatter', () => {
    const report = content({ 'updates/2026-03-30-spring-update.md': '# Spring\n\nNo fields here.\n' });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/updates/2026-03-30-spring-update.md:1:1  no frontmatter found  (start the file with a line "---", the fields, then another "---" line before the text)",
      ]
    `);
  });

  it('frontmatter that is never closed', () => {
    const report = content({ 'updates/2026-03-30-spring-update.md': '---\ntitle: Spring\ndate: 2026-03-30\nauthor: ana-ruiz\n' });
    expect(report.problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ['content/updates/2026-03-30-spring-update.md', 1, 'no frontmatter found'],
    ]);
  });

  it('a YAML syntax error in frontmatter, at its line', () => {
    const report = content({
      'updates/2026-03-30-spring-update.md': yaml`
        ---
        title: Spring
        date: 2026-03-30
        author: ana-ruiz
        programs: [ambassadors
        ---
      `,
    });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/updates/2026-03-30-spring-update.md:5:23  YAML cannot be read: Flow sequence in block collection must be sufficiently indented and end with a ]  (check the indentation: nested fields use two spaces more than their parent)",
      ]
    `);
  });

  it('an unquoted colon in a value', () => {
    const report = content({
      'updates/2026-03-30-spring-update.md': yaml`
        ---
        date: 2026-03-30
        title: Recap: KubeCon
        author: ana-ruiz
        ---
      `,
    });
    expect(report.problems.map((p) => [p.line, p.hint])).toEqual([
      [3, 'a value containing ": " must be quoted, like title: "Recap: KubeCon"'],
    ]);
  });

  it('a YAML syntax error in a data file, at its line', () => {
    const report = content({
      'team/ana-ruiz.yaml': yaml`
        name: Ana Ruiz
        role: Developer Advocate
        focus:
          - education
         - talks
        timezone: America/New_York
        email: ana.ruiz@lumenstack.example
      `,
    });
    // YAML reports the one misindented line several ways; all point at line 5, and
    // the rest of the site still knows ana-ruiz (no false "unknown team member").
    expect(report.problems.length).toBeGreaterThan(0);
    for (const problem of report.problems) {
      expect(problem).toMatchObject({ file: 'content/team/ana-ruiz.yaml', line: 5, severity: 'error' });
      expect(problem.message).toMatch(/^YAML cannot be read: /);
    }
  });

  it('a key written twice', () => {
    const report = content({
      'priorities/self-serve-adoption.yaml': yaml`
        title: Grow self-serve adoption
        period: FY2026
        description: More teams succeed alone.
        measuredBy: [Weekly active projects]
        period: FY2027
      `,
    });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/priorities/self-serve-adoption.yaml:5:1  YAML cannot be read: Map keys must be unique  (a field is written twice: keep one)",
      ]
    `);
  });

  it('a file that cannot be read still exists: references to it are not reported as unknown', () => {
    const report = content({
      'programs/ambassadors.mdx': 'Ambassadors, no frontmatter yet.\n',
      'team/maria-lopez.yaml': 'name: Maria\nname: Maria López\n',
    });
    expect(report.problems.map((p) => `${p.file}:${p.line}  ${p.message}`)).toEqual([
      'content/programs/ambassadors.mdx:1  no frontmatter found',
      'content/team/maria-lopez.yaml:2  YAML cannot be read: Map keys must be unique',
    ]);
  });

  it('an empty data file lists every missing field', () => {
    const report = content({ 'priorities/self-serve-adoption.yaml': '' });
    expect(report.problems.map((p) => p.field)).toEqual(['title', 'period', 'description', 'measuredBy']);
    expect(report.problems.every((p) => p.line === 1 && p.message.startsWith('required field'))).toBe(true);
  });
});

describe('site.yaml', () => {
  it('the good-content fixture sets its own site settings, with defaults for the rest', () => {
    const { site } = checkContent(path.join(fixtures, 'good-content'), projectRoot);
    expect(site).toEqual({
      title: 'Lumenstack DevRel',
      tagline: 'What Developer Relations is working on, and why it matters',
      company: 'Lumenstack',
      contact: {
        email: 'devrel@lumenstack.example',
        chat: '#devrel',
        requests: 'https://requests.lumenstack.example/devrel',
        requestsLabel: 'Request a speaker',
      },
      locale: 'en',
      public: false,
      headlineMetrics: [],
    });
  });

  it('is optional: without it the defaults apply', () => {
    const report = content({ 'site.yaml': null });
    expect(report.problems).toEqual([]);
    expect(report.site).toEqual(defaultSiteConfig);
  });

  it('a broken one is reported at its lines, and the defaults are used meanwhile', () => {
    const report = content({
      'site.yaml': yaml`
        title: Lumenstack DevRel
        company: Lumenstack
        contact:
          email: devrel at lumenstack
          slack: "#devrel"
        public: yes
      `,
    });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/site.yaml:1:1  tagline  required field "tagline" is missing  (expected a tagline as text)",
        "content/site.yaml:4:3  contact.email  expected an e-mail address like "devrel@example.com"",
        "content/site.yaml:5:3  contact.slack  unknown field "slack"  (allowed fields here: email, chat, requests, requestsLabel)",
        "content/site.yaml:6:1  public  expected true or false, got "yes"",
      ]
    `);
    expect(report.site).toEqual(defaultSiteConfig);
  });
});

describe('an empty content folder', () => {
  it('has no problems and no entries', () => {
    const report = content({}, { base: undefined });
    expect(report).toEqual({ problems: [], entries: [], fileCount: 0, site: defaultSiteConfig });
  });

  it('a missing content folder reads as empty instead of crashing', () => {
    expect(checkContent(path.join(os.tmpdir(), 'devrel-wiki-does-not-exist'), projectRoot).problems).toEqual([]);
  });
});

describe('pages past their review date', () => {
  const chapter = (reviewed: string, every = 180) => yaml`
    ---
    title: Your first week
    order: 1
    summary: Find your way around.
    owner: maria-lopez
    reviewed: ${reviewed}
    reviewEvery: ${every}
    ---

    Body.
  `;

  it('warn at the reviewed line, with the owner and the date to write', () => {
    const report = content({ 'roadbook/01-first-week.mdx': chapter('2026-04-01') });
    expect(lines(report)).toMatchInlineSnapshot(`
      [
        "content/roadbook/01-first-week.mdx:6:1  reviewed  due for review since 2026-09-28 (overdue by 58 days); owner: Maria López (maria-lopez)  (the owner reads the page, fixes what is no longer true, then sets reviewed: 2026-11-25; it is due every 180 days, change reviewEvery if that is too often)",
      ]
    `);
    expect(report.problems[0]!.severity).toBe('warning');
  });

  it('follow reviewEvery, and stay quiet for pages not yet due', () => {
    expect(lines(content({ 'roadbook/01-first-week.mdx': chapter('2026-08-01', 90) }))).toEqual([
      expect.stringContaining('due for review since 2026-10-30 (overdue by 26 days)'),
    ]);
    expect(lines(content({ 'roadbook/01-first-week.mdx': chapter('2026-06-01') }))).toEqual([]);
  });

  it('name the owner field of each kind of page', () => {
    const report = content({ 'programs/ambassadors.mdx': program('owners: [ana-ruiz, maria-lopez]').replace('2026-09-01', '2025-01-01') });
    expect(lines(report)).toEqual([expect.stringMatching(/^content\/programs\/ambassadors\.mdx:\d+:1 {2}reviewed {2}.*owner: Ana Ruiz \(ana-ruiz\)/)]);
  });
});

describe('advice on recaps', () => {
  const recap = (date: string, audience = '') => yaml`
    ---
    title: Meetup
    event:
      name: Lumen meetup
      start: ${date}
      location: Berlin
      format: in-person
    ${audience}
    why: Developers met the team.
    ---

    Body.
  `;

  it('asks for links once the event has happened', () => {
    expect(lines(content({ 'recaps/2026/2026-11-10-meetup.mdx': recap('2026-11-10', 'audience: 40') }))).toEqual([
      expect.stringMatching(/^content\/recaps\/2026\/2026-11-10-meetup\.mdx:2:1 {2}links {2}no links/),
    ]);
  });

  it('asks for neither links nor audience before the event: there is nothing to link to yet', () => {
    expect(lines(content({ 'recaps/2026/2026-12-10-meetup.mdx': recap('2026-12-10') }))).toEqual([]);
  });
});

describe('a meeting\'s days off', () => {
  /** The fixture's meeting (weekly on Tuesdays, Berlin, until June 2027) with these lines under recurrence.skip. */
  const meeting = (skip: string) => [
    '---', 'title: DevRel Open Office Hours', 'summary: Bring any developer question; we answer or find who can.', 'host: maria-lopez',
    'recurrence:', '  frequency: weekly', '  weekday: tuesday', '  time: "16:00"', '  timezone: Europe/Berlin', '  duration: 45', '  starts: 2026-01-06', '  until: 2027-06-29',
    '  skip:', skip, 'where:', '  room: Berlin HQ, room Ada', 'openTo: everyone', 'reviewed: 2026-09-01', '---', 'Agenda.', '',
  ].join('\n');

  it('are fine when each names a day the meeting meets', () => {
    expect(lines(content({ 'meetings/office-hours.mdx': meeting('    - 2026-12-29\n    - from: 2027-04-01\n      to: 2027-04-10\n      reason: Ostern') }))).toEqual([]);
  });

  it('warn at their line when they skip no meeting, naming the nearest meeting day', () => {
    const report = content({
      'meetings/office-hours.mdx': meeting('    - 2026-12-30\n    - from: 2027-01-06\n      to: 2027-01-11\n      reason: Break\n    - 2025-03-04\n    - 2027-07-06'),
    });
    expect(lines(report)).toEqual([
      'content/meetings/office-hours.mdx:14:7  recurrence.skip[0]  the meeting does not meet on 2026-12-30 (a Wednesday), so skipping it changes nothing  (the nearest meeting is on Tuesday 2026-12-29: write that date, or remove this entry)',
      'content/meetings/office-hours.mdx:15:7  recurrence.skip[1]  the meeting does not meet from 2027-01-06 to 2027-01-11, so skipping those days changes nothing  (the nearest meeting is on Tuesday 2027-01-05: write that date, or remove this entry)',
      'content/meetings/office-hours.mdx:18:7  recurrence.skip[2]  the meeting does not meet on 2025-03-04 (a Tuesday), so skipping it changes nothing  (the nearest meeting is on Tuesday 2026-01-06: write that date, or remove this entry)',
      'content/meetings/office-hours.mdx:19:7  recurrence.skip[3]  the meeting does not meet on 2027-07-06 (a Tuesday), so skipping it changes nothing  (the nearest meeting is on Tuesday 2027-06-29: write that date, or remove this entry)',
    ]);
    expect(report.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('point a bad date at its own line', () => {
    expect(lines(content({ 'meetings/office-hours.mdx': meeting('    - 2026-12-29\n    - 2026-02-30') }))).toEqual([
      'content/meetings/office-hours.mdx:15:7  recurrence.skip[1].date  "2026-02-30" is not a real calendar date',
    ]);
  });
});
