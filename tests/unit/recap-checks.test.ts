/**
 * What `npm run check` tells recap authors about `<Internal>` parts and about events
 * that have happened without an audience count.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { checkAudience } from '../../src/lib/check/recap-checks.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const goodRecap = readFileSync(path.join(projectRoot, 'tests/fixtures/good-content/recaps/2026/2026-03-23-kubecon-eu.mdx'), 'utf8');
const roots: string[] = [];
afterAll(() => {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

/** good-content with the files given (paths inside content/), checked; the problems as printed. */
function check(files: Record<string, string>, now = '1795564800'): string[] {
  const root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-recap-check-'));
  roots.push(root);
  const dir = path.join(root, 'content');
  cpSync(path.join(projectRoot, 'tests/fixtures/good-content'), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = now;
  try {
    return checkContent(dir, root).problems.map((p) => `${p.severity}  ${formatProblem(p)}`);
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
  }
}

/** The good recap with a new body: line 24 closes the frontmatter, 25 is blank, the body starts on line 26. */
const withBody = (body: string) => goodRecap.replace(/\nWe ran a booth and gave one talk.\n$/, `\n${body}`);

describe('<Internal> in recaps', () => {
  it('accepts closed parts in an .mdx recap', () => {
    expect(check({ 'recaps/2026/2026-03-23-kubecon-eu.mdx': withBody('Public. <Internal reason="budget">61,500 USD.</Internal>\n\n<Internal>\n\nLeads.\n\n</Internal>\n') })).toEqual([]);
  });

  it('flags <Internal> in a .md recap, once per line, with the rename as the fix', () => {
    const problems = check({
      'recaps/2026/2026-03-23-kubecon-eu.mdx': goodRecap,
      'recaps/2026/2026-04-02-meetup.md': withBody('Public.\n\n<Internal>\nBudget.\n</Internal>\n\nA <Internal>lead count</Internal>.\n').replace('2026-03-23', '2026-04-02').replace('end: 2026-03-26', 'end: 2026-04-02'),
    });
    expect(problems).toEqual([
      'error  content/recaps/2026/2026-04-02-meetup.md:28:1  <Internal> only works in .mdx files: in this .md file its text would show unmarked on the wiki and could not be removed from the public export  (rename the file to 2026-04-02-meetup.mdx, then run npm run check again)',
      'error  content/recaps/2026/2026-04-02-meetup.md:32:3  <Internal> only works in .mdx files: in this .md file its text would show unmarked on the wiki and could not be removed from the public export  (rename the file to 2026-04-02-meetup.mdx, then run npm run check again)',
    ]);
  });

  it('ignores <Internal> written as code in a .md recap', () => {
    const file = withBody('Write `<Internal>` in .mdx files:\n\n```\n<Internal>Budget</Internal>\n```\n').replace('2026-03-23', '2026-04-02').replace('end: 2026-03-26', 'end: 2026-04-02');
    expect(check({ 'recaps/2026/2026-04-02-meetup.md': file })).toEqual([]);
  });

  it('flags an unclosed <Internal> at its line', () => {
    expect(check({ 'recaps/2026/2026-03-23-kubecon-eu.mdx': withBody('Public.\n\n<Internal reason="budget">\n\n61,500 USD.\n') })).toEqual([
      'error  content/recaps/2026/2026-03-23-kubecon-eu.mdx:28:1  <Internal> is not closed: the build cannot read the file and the export could not tell where the internal part ends  (add </Internal> where the internal part ends. Within a sentence, open and close it in the same paragraph; around paragraphs or lists, put <Internal> and </Internal> on lines of their own)',
    ]);
  });

  it('flags a part opened in one paragraph and closed in another', () => {
    const [problem] = check({ 'recaps/2026/2026-03-23-kubecon-eu.mdx': withBody('Public <Internal>budget\n\nmore</Internal>.\n') });
    expect(problem).toMatch(/^error {2}content\/recaps\/2026\/2026-03-23-kubecon-eu\.mdx:26:\d+ {2}<Internal> is not closed/);
  });

  it('flags a stray closing tag', () => {
    expect(check({ 'recaps/2026/2026-03-23-kubecon-eu.mdx': withBody('Public.\n\nBudget.</Internal>\n') })).toEqual([
      'error  content/recaps/2026/2026-03-23-kubecon-eu.mdx:28:8  </Internal> closes a part that was never opened  (add <Internal> where the internal part starts, or remove the stray </Internal>)',
    ]);
  });
});

describe('<Internal> outside recaps', () => {
  it('flags it in a program page, where no component is provided', () => {
    const program = readFileSync(path.join(projectRoot, 'tests/fixtures/good-content/programs/ambassadors.mdx'), 'utf8');
    const text = `${program.trimEnd()}\n\n<Internal>Budget 40k.</Internal>\n`;
    const line = text.split('\n').indexOf('<Internal>Budget 40k.</Internal>') + 1;
    expect(check({ 'programs/ambassadors.mdx': text })).toEqual([
      `error  content/programs/ambassadors.mdx:${line}:1  <Internal> only works in event recaps: this page is internal to the wiki as a whole  (remove the tag and keep the text, or move what must not leave the company into a recap)`,
    ]);
  });
});

describe('audience of events that happened', () => {
  const noAudience = goodRecap.replace('audience: 600\n', '');

  it('warns (not an error) when a past event has no audience, pointing at its date', () => {
    expect(check({ 'recaps/2026/2026-03-23-kubecon-eu.mdx': noAudience })).toEqual([
      'warning  content/recaps/2026/2026-03-23-kubecon-eu.mdx:5:3  audience  the event on 2026-03-23 has happened but the recap does not say how many people came, so it counts 0 in reach and engagement figures  (add a line like "audience: 120" (attendees, booth visitors or live viewers, as counted))',
    ]);
  });

  it('says nothing for an event still ahead or still running', () => {
    // 2026-03-01 and 2026-03-25 (the third of four days).
    expect(check({ 'recaps/2026/2026-03-23-kubecon-eu.mdx': noAudience }, String(Date.UTC(2026, 2, 1) / 1000))).toEqual([]);
    expect(check({ 'recaps/2026/2026-03-23-kubecon-eu.mdx': noAudience }, String(Date.UTC(2026, 2, 25, 18) / 1000))).toEqual([]);
  });

  it('warns from the day after the last day', () => {
    const entry = { file: 'x.mdx', data: { event: { start: new Date('2026-03-23'), end: new Date('2026-03-26') } }, locate: () => ({ line: 5, column: 3 }) };
    expect(checkAudience(entry, new Date('2026-03-26T23:00:00Z'))).toEqual([]);
    expect(checkAudience(entry, new Date('2026-03-27T00:00:00Z'))).toHaveLength(1);
  });
});
