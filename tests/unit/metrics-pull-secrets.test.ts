/**
 * `npm run metrics:pull` as the workflow runs it, given real secrets (tokens, a forum
 * key, a database password) and services that echo them back and answer with secret
 * text of their own: across a run where sources succeed and fail every way they can,
 * no secret value and no answer text appears in stdout, stderr, the `--summary` (the
 * pull request's body) or any file the run leaves. The listeners record that the
 * secrets were really sent where the policy allows them, so the run could have leaked
 * them, and that a second listener, reached only by a redirect, received nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition, metricProject, projectRoot, type MetricProject } from '../helpers/metric-project.ts';
import { startReplayServer, type ReplayServer } from '../helpers/replay-server.ts';
import { writePolicyFile } from '../helpers/secret-policy.ts';

const run = promisify(execFile);
const secrets = {
  STATS_TOKEN: 'stats-Secret-Token-7f3a9c21e8',
  GH_TOKEN: 'ghp_SecretGithubToken000111222333444',
  FORUM_KEY: 'forum-Secret-Key-5d2b',
  FORUM_USER: 'forum-secret-user',
  UNLISTED_TOKEN: 'unlisted-Secret-Token-9e9e',
  DB_PASSWORD: 'Db-Secret-Password-31337',
};
/** Text the services answer with that must not be repeated either. */
const canary = 'canary-Internal-Answer-Text-4242';
let main: ReplayServer;
let elsewhere: ReplayServer;
let db: PGlite;
let pgServer: PGLiteSocketServer;
let p: MetricProject;
let output: { status: number; stdout: string; stderr: string; summary: string };

/** Echoes every header it got, in the body and in a header: the worst an API can do. */
const echo = (status: number, extra: Record<string, unknown> = {}) => ({ headers }: { headers: Record<string, unknown> }) => ({
  status,
  headers: { 'x-echo': JSON.stringify(headers), 'content-type': 'application/json' },
  body: { message: `${canary} ${JSON.stringify(headers)}`, ...extra },
});

beforeAll(async () => {
  main = await startReplayServer({
    '/ok.json': { body: { n: 41 } },
    '/denied.json': echo(401),
    '/broken.json': echo(500),
    '/page.json': ({ headers }) => ({ headers: { 'content-type': 'text/html' }, body: `<html><body>${canary} ${JSON.stringify(headers)}</body></html>` }),
    '/text.json': ({ headers }) => ({ body: { n: `${canary} ${JSON.stringify(headers)}` } }),
    '/moved.json': { status: 302, headers: { location: '' } },
    '/admin/reports/topics.json': echo(403),
    '/repos/a/b/stargazers': ({ path, base }) => (path.includes('page=2')
      ? { body: [{ starred_at: '2026-10-03T00:00:00Z' }] }
      : { headers: { link: `<${base}/repos/a/b/stargazers?per_page=100&page=2>; rel="next"` }, body: [{ starred_at: '2026-10-01T00:00:00Z' }] }),
  });
  elsewhere = await startReplayServer({ '/steal': { body: { n: 1 } } });
  main.routes['/moved.json'] = { status: 302, headers: { location: `${elsewhere.url}/steal` } };

  db = await PGlite.create();
  await db.exec(`create table notes (day date, body text); insert into notes values ('2026-10-02', '${canary}');
    create table signups (day date, n int); insert into signups select d::date, 2 from generate_series(date '2026-10-01', date '2026-10-31', interval '1 day') as d;`);
  pgServer = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1' });
  await pgServer.start();

  const url = (route: string) => `${main.url}${route}`;
  const json = (title: string, route: string, token = 'STATS_TOKEN') => definition(title, 'last', `type: http-json\nurl: ${url(route)}\npointer: /n\ntoken: ${token}`);
  const sql = (title: string, query: string, connection = 'LMS_DATABASE_URL') => definition(title, 'sum', `type: sql\nconnection: ${connection}\nquery: ${query}`);
  p = metricProject({
    'a-ok.yaml': json('Fine', '/ok.json'), 'a-ok.csv': 'date,value\n',
    'b-denied.yaml': json('Denied', '/denied.json'), 'b-denied.csv': 'date,value\n',
    'c-broken.yaml': json('Broken', '/broken.json'), 'c-broken.csv': 'date,value\n',
    'd-page.yaml': json('Page', '/page.json'), 'd-page.csv': 'date,value\n',
    'e-text.yaml': json('Text', '/text.json'), 'e-text.csv': 'date,value\n',
    'f-moved.yaml': json('Moved', '/moved.json'), 'f-moved.csv': 'date,value\n',
    'g-unlisted.yaml': json('Unlisted', '/ok.json', 'UNLISTED_TOKEN'), 'g-unlisted.csv': 'date,value\n',
    'h-unset.yaml': json('Unset', '/ok.json', 'NOT_SET_TOKEN'), 'h-unset.csv': 'date,value\n',
    'i-forum.yaml': definition('Forum', 'sum', `type: discourse\nurl: ${main.url}\nmeasure: topics\napiKey: FORUM_KEY\napiUser: FORUM_USER`), 'i-forum.csv': 'date,value\n',
    'j-stars.yaml': definition('Stars', 'last', `type: github\nrepo: a/b\nmeasure: stars\napi: ${main.url}\ntoken: GH_TOKEN`), 'j-stars.csv': 'date,value\n',
    'k-sql-ok.yaml': sql('Signups', 'select day as date, n as value from signups where day >= $1'), 'k-sql-ok.csv': 'date,value\n',
    'l-sql-data.yaml': sql('Cast', 'select day as date, body::int as value from notes'), 'l-sql-data.csv': 'date,value\n',
    'm-sql-text.yaml': sql('Text rows', 'select day as date, body as value from notes'), 'm-sql-text.csv': 'date,value\n',
    'n-sql-down.yaml': sql('Down', 'select 1', 'DOWN_DATABASE_URL'), 'n-sql-down.csv': 'date,value\n',
    'o-sql-as-token.yaml': json('Database URL as a token', '/ok.json', 'LMS_DATABASE_URL'), 'o-sql-as-token.csv': 'date,value\n',
  });
  writePolicyFile(p.root, { STATS_TOKEN: [main.url], GH_TOKEN: [main.url], FORUM_KEY: [main.url], FORUM_USER: [main.url] }, ['LMS_DATABASE_URL', 'DOWN_DATABASE_URL']);

  const summary = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-summary-')), 'summary.md');
  try {
    const result = await run(process.execPath, [path.join(projectRoot, 'scripts/metrics-pull.ts'), '--summary', summary], {
      cwd: p.root,
      env: {
        ...process.env,
        WIKI_CONTENT_DIR: p.content,
        SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 25, 12) / 1000),
        METRICS_PULL_RETRY_DELAY_MS: '1',
        ...secrets,
        LMS_DATABASE_URL: `postgres://report:${secrets.DB_PASSWORD}@${pgServer.getServerConn()}/postgres`,
        DOWN_DATABASE_URL: `postgres://report:${secrets.DB_PASSWORD}@127.0.0.1:1/lms`,
      },
    });
    output = { status: 0, ...result, summary: readFileSync(summary, 'utf8') };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    output = { status: e.code, stdout: e.stdout, stderr: e.stderr, summary: readFileSync(summary, 'utf8') };
  }
}, 120_000);
afterAll(async () => {
  await main?.close();
  await elsewhere?.close();
  await pgServer?.stop();
  await db?.close();
  rmSync(p.root, { recursive: true, force: true });
});

/** Every file under the project after the run, path → text. */
function files(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) Object.assign(out, files(abs, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = readFileSync(abs, 'utf8');
  }
  return out;
}

describe('secrets and answers never reach what the pull writes', () => {
  it('ran every path: successes and each kind of failure', () => {
    expect(output.status).toBe(1);
    const outcomes = output.stdout.split('\n').filter((line) => /^\S/.test(line) && !/sourced metrics pulled/.test(line)).map((line) => line.split(' ')[0]);
    expect(outcomes).toHaveLength(15);
    const failed = (id: string) => new RegExp(`^${id} .*\\n  failed: `, 'm');
    for (const id of ['b-denied', 'c-broken', 'd-page', 'e-text', 'f-moved', 'g-unlisted', 'h-unset', 'i-forum', 'l-sql-data', 'm-sql-text', 'n-sql-down', 'o-sql-as-token']) expect(output.stdout, id).toMatch(failed(id));
    for (const id of ['a-ok', 'j-stars', 'k-sql-ok']) expect(output.stdout, id).not.toMatch(failed(id));
    expect(files(path.join(p.content, 'metrics'))['k-sql-ok.csv']).toBe('date,value\n2026-10-31,62\n');
  });

  it('sent the secrets where the policy allows, so they could have leaked, and nothing to the second listener', () => {
    const sentAuth = new Set(main.requests.map((r) => r.headers.authorization));
    expect(sentAuth).toContain(`Bearer ${secrets.STATS_TOKEN}`);
    expect(sentAuth).toContain(`Bearer ${secrets.GH_TOKEN}`);
    expect(main.requests.some((r) => r.headers['api-key'] === secrets.FORUM_KEY)).toBe(true);
    expect(main.requests.some((r) => r.path.includes('page=2'))).toBe(true);
    expect(sentAuth).not.toContain(`Bearer ${secrets.UNLISTED_TOKEN}`);
    expect(elsewhere.requests).toEqual([]);
  });

  it('leaves every secret value and every answer\'s text out of stdout, stderr, the summary and the files', () => {
    const files_ = files(p.root);
    const places: Record<string, string> = { stdout: output.stdout, stderr: output.stderr, summary: output.summary, ...files_ };
    const values = [...Object.values(secrets), canary, 'report:'];
    for (const [place, text] of Object.entries(places)) {
      for (const value of values) expect(text.includes(value), `${value} in ${place}`).toBe(false);
    }
    // The summary and the output still say what happened, by name.
    expect(output.summary).toContain('STATS\\_TOKEN');
    expect(output.stdout).toContain('UNLISTED_TOKEN (named by token:) may not be sent to');
  });
});
