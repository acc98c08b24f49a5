/**
 * `node scripts/digest-due.ts`, as the Digest workflow runs it every morning from the 1st
 * to the 11th: prints the month only on the team's first working day (its own week,
 * holidays and zone from content/site.yaml), nothing on other days, and refuses content
 * with errors instead of guessing a calendar.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const root = mkdtempSync(path.join(os.tmpdir(), 'devrel-digest-due-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A one-file wiki of a team in Riyadh: Sunday to Thursday, with Eid off. */
function wiki(name: string, digest: string[]): string {
  const content = path.join(root, name);
  mkdirSync(content);
  const site = ['title: فريق علاقات المطورين', 'tagline: نساعد المطورين', 'company: مثال', 'locale: ar', 'contact:', '  email: devrel@mithal.example', 'digest:', ...digest, ''];
  writeFileSync(path.join(content, 'site.yaml'), site.join('\n'));
  return content;
}

const riyadh = wiki('riyadh', [
  '  timezone: Asia/Riyadh',
  '  workweek: [sunday, monday, tuesday, wednesday, thursday]',
  '  holidays:',
  '    - { from: 2027-03-09, to: 2027-03-12, reason: عيد الفطر }',
]);

function run(content: string, isoInstant: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/digest-due.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, WIKI_CONTENT_DIR: content, SOURCE_DATE_EPOCH: String(Date.parse(isoInstant) / 1000) },
  });
  return { status: result.status, out: result.stdout.trim(), err: result.stderr };
}

describe('scripts/digest-due.ts', () => {
  it("prints the month on the team's first working day, and nothing on the days before or after", () => {
    // March 2027 in Riyadh: Monday the 1st is a working day.
    expect(run(riyadh, '2027-03-01T06:41:00Z')).toEqual({ status: 0, out: '2027-02', err: '' });
    expect(run(riyadh, '2027-03-02T06:41:00Z').out).toBe('');
    // August 2027: Sunday the 1st is a working day there; Friday 1 October is not, Sunday the 3rd is.
    expect(run(riyadh, '2027-08-01T06:41:00Z').out).toBe('2027-07');
    expect(run(riyadh, '2027-10-01T06:41:00Z').out).toBe('');
    expect(run(riyadh, '2027-10-03T06:41:00Z').out).toBe('2027-09');
  });

  it('prints last month on any day with --any-day (a run by hand)', () => {
    expect(run(riyadh, '2027-03-17T12:00:00Z', '--any-day').out).toBe('2027-02');
  });

  it('stops with the errors, and prints no month, when content has errors', () => {
    const broken = wiki('broken', ['  workweek: [sunday, mon]']);
    const result = run(broken, '2027-03-01T06:41:00Z');
    expect(result.status).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('site.yaml:8:22  digest.workweek[1]  "mon" is not allowed here; expected one of: monday, tuesday, wednesday, thursday, friday, saturday, sunday  (did you mean "monday"?)');
    expect(result.err).toContain('No digest is prepared from content with errors');
  });
});
