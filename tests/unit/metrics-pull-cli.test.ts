/**
 * `npm run metrics:pull` as the scheduled workflow runs it, on a copy of the sample
 * wiki whose sourced metrics (Discourse forum users, newsletter subscribers from a JSON
 * endpoint, workshop completions from PostgreSQL) point at a local HTTP server and a
 * PGlite database: what it prints, the --summary Markdown, exit codes, a second run
 * that changes nothing, and a failing source that leaves its files alone while the
 * others are written.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/metric-project.ts';
import { startReplayServer, type ReplayServer } from '../helpers/replay-server.ts';
import { writePolicyFile } from '../helpers/secret-policy.ts';
import { renderedText } from '../helpers/rendered-markdown.ts';

const run = promisify(execFile);
/** Monday 7 December 2026, when the weekly workflow would run. */
const monday = String(Date.UTC(2026, 11, 7, 6) / 1000);
let db: PGlite;
let pgServer: PGLiteSocketServer;
let http: ReplayServer;
let root: string;
let content: string;

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec(`
    create table workshop_completions (completed_on date, format text, passed_final_checkpoint boolean);
    insert into workshop_completions select d::date, f, true
      from generate_series(date '2026-11-01', date '2026-12-06', interval '1 day') as d, (values ('Live'), ('Self-paced'), ('Self-paced')) as v(f);
  `);
  pgServer = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1' });
  await pgServer.start();
  http = await startReplayServer({
    '/about.json': { body: { about: { stats: { active_users_30_days: 4388, topics_30_days: 210, posts_30_days: 1650 } } } },
    '/api/stats.json': ({ headers }) => (headers.authorization === 'Bearer newsletter-test' ? { body: { subscribers: { confirmed: 22710, pending: 40 } } } : { status: 401, body: {} }),
  });
  root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-pull-cli-'));
  content = path.join(root, 'content');
  // The sample wiki as it is, with its services' addresses pointed at the local server.
  cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
  for (const name of readdirSync(path.join(content, 'metrics')).filter((n) => n.endsWith('.yaml'))) {
    const file = path.join(content, 'metrics', name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/https:\/\/(community|newsletter)\.lumenstack\.example/g, http.url));
  }
  // The maintainers' policy, as the sample's own .github/metric-secrets.yaml says, for the local servers.
  writePolicyFile(root, { NEWSLETTER_STATS_TOKEN: [http.url] }, ['LMS_DATABASE_URL']);
}, 60_000);
afterAll(async () => {
  await http?.close();
  await pgServer?.stop();
  await db?.close();
  rmSync(root, { recursive: true, force: true });
});

async function pull(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(projectRoot, 'scripts/metrics-pull.ts'), ...args], {
      cwd: root,
      env: {
        ...process.env,
        WIKI_CONTENT_DIR: content,
        SOURCE_DATE_EPOCH: monday,
        LMS_DATABASE_URL: `postgres://postgres@${pgServer.getServerConn()}/postgres`,
        NEWSLETTER_STATS_TOKEN: 'newsletter-test',
        METRICS_PULL_RETRY_DELAY_MS: '5',
        ...env,
      },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const metricsFiles = () => Object.fromEntries(readdirSync(path.join(content, 'metrics')).sort().map((n) => [n, readFileSync(path.join(content, 'metrics', n), 'utf8')]));
/** The per-metric lines of the report, without the timing of the last line. */
const report = (stdout: string) => stdout.trimEnd().replace(/ in \d+\.\d s:/, ' in N s:');

describe('npm run metrics:pull on the sample wiki', () => {
  it('appends the new month to each sourced metric, prints and summarises what changed, then a second run changes nothing', async () => {
    const before = metricsFiles();
    const summary = path.join(root, 'summary.md');
    const started = performance.now();
    const first = await pull(['--summary', summary]);
    console.log(`pull of the sample's sourced metrics against the local servers: ${Math.round(performance.now() - started)} ms (process start included)`);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(report(first.stdout)).toBe([
      'forum-mau  Forum monthly active users  (discourse: Discourse statistics of community.lumenstack.example, people active in the last 30 days)',
      '  added 1 row (2026-12-07: 4,388); health on track',
      'newsletter-subscribers  Developer newsletter subscribers  (http-json: Confirmed subscribers in Buttondown, from the newsletter\'s statistics endpoint)',
      '  added 1 row (2026-12-07: 22,710); health on track',
      'workshop-completions  Workshop completions  (sql: Lumen Labs LMS, completions by day and format)',
      '  added 2 rows (2026-11-30 Live: 30, 2026-11-30 Self-paced: 60); health on track → off track',
      '3 sourced metrics pulled in N s: added 4 rows, 0 failed',
    ].join('\n'));
    const markdown = readFileSync(summary, 'utf8');
    expect(renderedText(markdown)).toContain('workshop-completions Workshop completions | sql: Lumen Labs LMS, completions by day and format | added 2 rows (2026-11-30 Live: 30, 2026-11-30 Self-paced: 60) | health on track → off track |');
    expect(markdown.split('\n').slice(0, 2)).toEqual(['## Metrics pull', '']);

    const after = metricsFiles();
    const changed = Object.keys(after).filter((n) => after[n] !== before[n]);
    expect(changed).toEqual(['forum-mau.csv', 'forum-mau.yaml', 'newsletter-subscribers.csv', 'newsletter-subscribers.yaml', 'workshop-completions.csv', 'workshop-completions.yaml']);
    expect(after['forum-mau.csv']).toBe(`${before['forum-mau.csv']}2026-12-07,4388\n`);
    expect(after['workshop-completions.csv']).toBe(`${before['workshop-completions.csv']}2026-11-30,30,Live\n2026-11-30,60,Self-paced\n`);
    expect(after['forum-mau.yaml']).toBe(before['forum-mau.yaml']!.replace('  type: discourse\n', '  type: discourse\n  pulled: 2026-12-07\n'));

    const second = await pull([]);
    expect(second.status).toBe(0);
    expect(report(second.stdout)).toMatch(/3 sourced metrics pulled in N s: added 0 rows, 0 failed$/);
    expect(metricsFiles()).toEqual(after);

    // The content gate accepts what the pull wrote.
    const check = await run(process.execPath, [path.join(projectRoot, 'scripts/check.ts')], { cwd: root, env: { ...process.env, WIKI_CONTENT_DIR: content, SOURCE_DATE_EPOCH: monday } });
    expect(check.stdout).toMatch(/: 0 errors, /);
  });

  it('exits 1 when a source fails, with the fix in the output and the summary; the other sources are still written', async () => {
    const before = metricsFiles();
    const summary = path.join(root, 'failed.md');
    const result = await pull(['--summary', summary], { NEWSLETTER_STATS_TOKEN: 'revoked', SOURCE_DATE_EPOCH: String(Date.UTC(2027, 0, 4, 6) / 1000) });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`newsletter-subscribers  Developer newsletter subscribers  (http-json: Confirmed subscribers in Buttondown, from the newsletter's statistics endpoint)\n  failed: ${http.url.slice(7)} refused the credentials in NEWSLETTER_STATS_TOKEN (HTTP 401)\n  fix: check that the environment variable NEWSLETTER_STATS_TOKEN holds a valid, unexpired token that can read this (read-only access is enough)\n`);
    expect(result.stdout).toMatch(/3 sourced metrics pulled in \d+\.\d s: added 3 rows, 1 failed\n$/);
    expect(renderedText(readFileSync(summary, 'utf8'))).toContain(`Failed Developer newsletter subscribers (newsletter-subscribers, http-json: Confirmed subscribers in Buttondown, from the newsletter's statistics endpoint): ${http.url.slice(7)} refused the credentials in NEWSLETTER_STATS_TOKEN (HTTP 401). Fix: check that`);
    const after = metricsFiles();
    expect(Object.keys(after).filter((n) => after[n] !== before[n])).toEqual(['forum-mau.csv', 'forum-mau.yaml', 'workshop-completions.csv', 'workshop-completions.yaml']);
    expect(after['workshop-completions.csv']).toBe(`${before['workshop-completions.csv']}2026-12-31,6,Live\n2026-12-31,12,Self-paced\n`);
  });

  it('exits 2 on a usage mistake, with a suggestion, and --dry-run writes nothing', async () => {
    const unknown = await pull(['--only', 'forum-mao']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^no metric "forum-mao" in content\/metrics\/ did you mean "forum-mau"\?\nusage: npm run metrics:pull/);
    const typed = await pull(['--only', 'sales-handovers']);
    expect(typed.stderr).toMatch(/^metric "sales-handovers" has no source block, so there is nothing to pull/);
    expect((await pull(['--since', '2026-13-01'])).status).toBe(2);

    // A broken secrets policy stops everything before any request: it never allows more than a valid one.
    const policyFile = path.join(root, '.github/metric-secrets.yaml');
    const policy = readFileSync(policyFile, 'utf8');
    writeFileSync(policyFile, 'send:\n  NEWSLETTER_STATS_TOKEN: [http://newsletter.example.com]\n');
    const requests = http.requests.length;
    const broken = await pull([]);
    writeFileSync(policyFile, policy);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^\.github\/metric-secrets\.yaml:2:\d+  send\.NEWSLETTER_STATS_TOKEN\[0\]  "http:\/\/newsletter\.example\.com" would send the secret unencrypted/);
    expect(broken.stderr).toContain('The metric secrets policy is not valid, so nothing was pulled');
    expect(http.requests.length).toBe(requests);

    const before = metricsFiles();
    const dry = await pull(['--dry-run', '--only', 'forum-mau'], { SOURCE_DATE_EPOCH: String(Date.UTC(2027, 1, 1) / 1000) });
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/\n  would add 1 row \(2027-02-01: 4,388\); health [a-z →]+\n1 sourced metric pulled in \d+\.\d s: would add 1 row, 0 failed\n$/);
    expect(metricsFiles()).toEqual(before);
  });
});
