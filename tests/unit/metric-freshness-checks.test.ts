/**
 * What `npm run check` says about metric sources and their data: a secret written in
 * place of an environment variable's name is an error on its line; data that stopped
 * arriving is a warning naming the owner. Plus the pure rules behind both: secret
 * shapes, cadence periods and staleness.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { looksLikeSecret } from '../../src/lib/check/secrets.ts';
import { nextPeriod, periodEnd, periodOf, weekOf } from '../../src/lib/metrics/cadence.ts';
import { stalenessOf, stalenessText, type Staleness } from '../../src/lib/metrics/staleness.ts';
import { createI18n, english } from '../../src/i18n/i18n.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The good-content fixture plus one metric, checked as of `now`. */
function check(definition: string, csv: string, now = new Date('2026-11-25T00:00:00Z')): string[] {
  const root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-metric-check-'));
  roots.push(root);
  const dir = path.join(root, 'content');
  cpSync(path.join(projectRoot, 'tests/fixtures/good-content'), dir, { recursive: true });
  mkdirSync(path.join(dir, 'metrics'));
  writeFileSync(path.join(dir, 'metrics/stars.yaml'), definition);
  writeFileSync(path.join(dir, 'metrics/stars.csv'), csv);
  return checkContent(dir, root, { now }).problems.filter((p) => p.file.includes('metrics/')).map((p) => `${p.severity} ${formatProblem(p)}`);
}

const definition = (source: string) => `title: Stars\ndescription: Stars on GitHub.\nunit: stars\nowner: maria-lopez\naggregation: last\n${source}\n`;
// Built at run time so this file holds no token-shaped literal for scanners to flag.
const fakeGithubToken = ['ghp', '_', 'a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ'].join('');

describe('secrets in metric sources', () => {
  it('is an error on the line of the token, saying to revoke it and what to write instead', () => {
    const lines = check(definition(`source:\n  type: github\n  repo: lumenstack/lumen\n  measure: stars\n  token: ${fakeGithubToken}`), 'date,value\n2026-10-31,5\n');
    expect(lines).toEqual([
      'error content/metrics/stars.yaml:10:3  source.token  this looks like a GitHub token written into the file; content names secrets, it never holds them  ' +
        "(delete it and revoke it now (git history and the pull request keep it), store it in an environment variable (a repository secret in GitHub Actions) and write that variable's name here, like token: GITHUB_TOKEN)",
    ]);
  });

  it('catches passwords in connection strings and URLs', () => {
    const lines = check(definition('source:\n  type: http-json\n  url: https://stats.example.com/x.json?api_key=s3cr3tvalue\n  pointer: /total'), 'date,value\n2026-10-31,5\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/stars.yaml:8:3  source.url  this looks like a key or password in a URL/);
  });

  it('recognises the shapes of real secrets and leaves names and prose alone', () => {
    expect(looksLikeSecret(fakeGithubToken)).toBe('a GitHub token');
    expect(looksLikeSecret(`github_pat_${'11ABCDEFG0'.repeat(4)}`)).toBe('a fine-grained GitHub token');
    expect(looksLikeSecret(`npm_${'aB3dE5gH7j'.repeat(4)}`)).toBe('an npm token');
    expect(looksLikeSecret('postgres://report:hunter2@db.internal:5432/analytics')).toBe('a connection string with a password');
    expect(looksLikeSecret('d2f0a9c81b7e4c3f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f')).toBe('a long hexadecimal key');
    expect(looksLikeSecret('Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MEFCQ0RFRkdISUpL')).toBe('a random-looking key');
    for (const fine of ['GITHUB_TOKEN', 'ANALYTICS_DATABASE_URL', 'lumenstack/lumen', 'https://api.github.com', 'postgres://db.internal/analytics',
      'select day as date, count(*) as value from developer_signups_by_region_monthly_v2 where day >= $1 group by day', 'Stars on the main repository']) {
      expect(looksLikeSecret(fine), fine).toBeUndefined();
    }
  });
});

describe('stale data', () => {
  it('warns on the source line with what is late and who owns it', () => {
    const csv = 'date,value\n2026-08-31,4\n2026-09-30,5\n';
    expect(check(definition('source: Hand count'), csv)).toEqual([
      'warning content/metrics/stars.yaml:6:1  source  stale data: last data Sep 2026, expected monthly, newer data was due by 2026-11-10; owner: Maria López (maria-lopez)  ' +
        '(add the missing rows to content/metrics/stars.csv, or raise grace: if the data arrives late)',
    ]);
    expect(check(definition('source: Hand count\ngrace: 30'), csv)).toEqual([]);
    expect(check(definition('source: Hand count'), 'date,value\n2026-10-31,5\n')).toEqual([]);
  });

  it('marks a metric stale once the next period is due plus the grace, per cadence', () => {
    const said = (staleness: Staleness) => ({ ...staleness, text: stalenessText(staleness, english) });
    expect(said(stalenessOf('2026-09-30', 'monthly', 10, '2026-11-10'))).toMatchObject({ stale: false, dueBy: '2026-11-10', text: 'last data Sep 2026, expected monthly' });
    expect(stalenessOf('2026-09-30', 'monthly', 10, '2026-11-11').stale).toBe(true);
    expect(said(stalenessOf('2026-06-30', 'quarterly', 0, '2026-09-30'))).toMatchObject({ stale: false, dueBy: '2026-09-30', text: 'last data Q2 2026, expected quarterly' });
    expect(said(stalenessOf('2026-11-01', 'weekly', 3, '2026-11-12'))).toMatchObject({ stale: true, dueBy: '2026-11-11', text: 'last data week of Oct 26, 2026, expected weekly' });
    expect(stalenessText(stalenessOf('2026-09-30', 'monthly', 10, '2026-11-10'), createI18n('ja'))).not.toContain('expected');
    expect(stalenessOf(undefined, 'monthly', 10, '2030-01-01').stale).toBe(false);
  });

  it('computes periods: ISO weeks from Monday, months, quarters, and their last days', () => {
    expect(weekOf('2026-11-01')).toBe('2026-10-26');
    expect(weekOf('2026-10-26')).toBe('2026-10-26');
    expect(periodEnd('2026-10-26', 'weekly')).toBe('2026-11-01');
    expect(periodOf('monthly')('2024-02-29')).toBe('2024-02');
    expect(periodEnd('2024-02', 'monthly')).toBe('2024-02-29');
    expect(periodOf('quarterly')('2026-11-30')).toBe('2026-Q4');
    expect(nextPeriod('2026-Q4', 'quarterly')).toBe('2027-Q1');
    expect(periodEnd('2026-Q4', 'quarterly')).toBe('2026-12-31');
  });
});
