/**
 * The `sql` source against a real PostgreSQL engine: PGlite (PostgreSQL compiled to
 * WebAssembly, from npm) served over TCP on 127.0.0.1 by pglite-socket, and read by
 * the pull's own `pg` client through the wire protocol, exactly as it reads the team's
 * database. Started here, so the test needs nothing installed beyond `npm ci`.
 */
import { rmSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/lib/metrics/sources/http.ts';
import { pullMetrics, type MetricPull } from '../../src/lib/metrics/pull/pull.ts';
import { definition, metricProject, type MetricProject } from '../helpers/metric-project.ts';
import { testPolicy } from '../helpers/secret-policy.ts';

const now = new Date('2026-11-25T12:00:00Z');
let db: PGlite;
let server: PGLiteSocketServer;
let databaseUrl: string;
const projects: MetricProject[] = [];

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec(`
    create table workshop_completions (completed_on date not null, format text not null, passed_final_checkpoint boolean not null);
    insert into workshop_completions
      select d::date, case when n % 3 = 0 then 'Live' else 'Self-paced' end, n % 5 <> 0
      from generate_series(date '2026-09-01', date '2026-11-24', interval '1 day') as d, generate_series(1, 4) as n;
  `);
  server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1' });
  await server.start();
  databaseUrl = `postgres://postgres@${server.getServerConn()}/postgres`;
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await db?.close();
});
afterEach(() => {
  for (const p of projects.splice(0)) rmSync(p.root, { recursive: true, force: true });
});

const query = `query: >-\n  select completed_on as date, count(*) as value, format as series\n  from workshop_completions where completed_on >= $1 and passed_final_checkpoint\n  group by completed_on, format`;

async function pull(files: Record<string, string>, options: { since?: string; env?: Record<string, string> } = {}): Promise<{ p: MetricProject; results: MetricPull[] }> {
  const p = metricProject(files);
  projects.push(p);
  const results = await pullMetrics({ contentDir: p.content, displayRoot: p.root, now, env: options.env ?? { LMS_DATABASE_URL: databaseUrl }, policy: testPolicy({}, ['LMS_DATABASE_URL']), http: createHttpClient(), since: options.since });
  return { p, results };
}

describe('sql source on PostgreSQL', () => {
  it('sums rows per month and series from $1 on, in a read-only transaction', async () => {
    const { p, results } = await pull({
      'done.yaml': definition('Completions', 'sum', `type: sql\nconnection: LMS_DATABASE_URL\n${query}`),
      'done.csv': 'date,value,series\n2026-09-30,1,Live\n2026-09-30,2,Self-paced\n',
    });
    expect(results[0]!.error).toBeUndefined();
    // October: 31 days × (n=3: Live; n=1,2,4: Self-paced; n=5 none of 1..4 fails) = 31 Live, 93 Self-paced.
    expect(p.read('done.csv')).toBe('date,value,series\n2026-09-30,1,Live\n2026-09-30,2,Self-paced\n2026-10-31,31,Live\n2026-10-31,93,Self-paced\n');
  });

  it('backfills with --since and is idempotent', async () => {
    const files = { 'done.yaml': definition('Completions', 'sum', `type: sql\nconnection: LMS_DATABASE_URL\n${query}`), 'done.csv': 'date,value,series\n2026-09-30,1,Live\n2026-09-30,2,Self-paced\n' };
    const { p, results } = await pull(files, { since: '2026-09-01' });
    expect(results[0]!.replaced.map((r) => `${r.after.date} ${r.after.series} ${r.before[0]!.value}→${r.after.value}`)).toEqual(['2026-09-30 Live 1→30', '2026-09-30 Self-paced 2→90']);
    const again = await pullMetrics({ contentDir: p.content, displayRoot: p.root, now, env: { LMS_DATABASE_URL: databaseUrl }, policy: testPolicy({}, ['LMS_DATABASE_URL']), http: createHttpClient(), since: '2026-09-01' });
    expect(again[0]!.status).toBe('unchanged');
    expect(p.read('done.csv')).toBe('date,value,series\n2026-09-30,30,Live\n2026-09-30,90,Self-paced\n2026-10-31,31,Live\n2026-10-31,93,Self-paced\n');
  });

  it('names the SQL error, the metric\'s variable and the fix; writes nothing', async () => {
    const { p, results } = await pull({
      'bad.yaml': definition('Completions', 'sum', 'type: sql\nconnection: LMS_DATABASE_URL\nquery: select completed_at as date, count(*) as value from workshop_completions group by 1'),
      'bad.csv': 'date,value\n2026-09-30,1\n',
      'wrong.yaml': definition('Deletes', 'sum', 'type: sql\nconnection: LMS_DATABASE_URL\nquery: delete from workshop_completions returning completed_on as date, 1 as value'),
      'wrong.csv': 'date,value\n',
      'cols.yaml': definition('Columns', 'sum', 'type: sql\nconnection: LMS_DATABASE_URL\nquery: select 1 as n'),
      'cols.csv': 'date,value\n',
    });
    expect(results.map((r) => `${r.id}: ${r.error?.message} | ${r.error?.fix}`)).toEqual([
      'bad: the query failed: undefined_column (SQLSTATE 42703) at character 8 (line 1 of the query: "completed_at as date, count(*)…") | fix query: in the source block; try it in psql first, with a date in place of $1',
      'cols: row 1 of the query\'s result has no date column (it has 1 column) | name the columns date and value (select day as date, count(*) as value …), and series for a breakdown',
      'wrong: the query tried to change data: read_only_sql_transaction (SQLSTATE 25006) | a metric query only reads: use select',
    ]);
    expect(p.read('bad.csv')).toBe('date,value\n2026-09-30,1\n');
    expect((await db.query('select count(*)::int as n from workshop_completions')).rows).toEqual([{ n: 340 }]);
  });

  it('says when the database cannot be reached, without printing the connection string', async () => {
    const { results } = await pull(
      { 'done.yaml': definition('Completions', 'sum', `type: sql\nconnection: LMS_DATABASE_URL\n${query}`), 'done.csv': 'date,value\n' },
      { env: { LMS_DATABASE_URL: 'postgres://report:pw-not-shown@127.0.0.1:1/lms' } },
    );
    // Not even the host and port: they are part of the secret.
    expect(results[0]!.error!.message).toBe('could not reach the database in LMS_DATABASE_URL (ECONNREFUSED)');
    expect(JSON.stringify(results)).not.toContain('pw-not-shown');
  });
});
