/**
 * A metric query cannot write, whatever it says: the same attacks against PGlite (from
 * npm, always) and a real PostgreSQL (Debian's package; skipped with a warning when it
 * is missing outside CI). Two statements (`commit; insert …`), switching the
 * transaction back to read-write, data-modifying CTEs and DO blocks are refused and the
 * table is unchanged; a slow query is stopped (by the server's statement_timeout on
 * PostgreSQL; PGlite ignores it, so by the source's own timer); a huge result is cut
 * off; and no error repeats what the database said (a row's data, the login).
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/lib/metrics/sources/http.ts';
import { fetchSql, type SqlLimits } from '../../src/lib/metrics/sources/sql.ts';
import type { SqlSource } from '../../src/schemas/metric-sources.ts';
import { startPostgres, type PostgresServer } from '../helpers/postgres-server.ts';

const superPassword = 'Sup3r-pw-never-printed';
const readerPassword = 'R3ader-pw-never-printed';
const canary = 'canary-row-data-4471';
const setup = `
  drop table if exists events; drop table if exists notes;
  create table events (day date not null, n int not null);
  insert into events select d::date, 1 from generate_series(date '2026-10-01', date '2026-10-10', interval '1 day') as d;
  create table notes (body text);
  insert into notes values ('${canary}');
`;

interface Engine {
  name: string;
  /** Connection string the pull gets. */
  url: string;
  /** A connection string with a wrong password, where the engine checks passwords. */
  wrongPassword?: string;
  enforcesStatementTimeout: boolean;
  rows(sql: string): Promise<unknown[]>;
}

const engines: Engine[] = [];
let pglite: PGlite | undefined;
let socket: PGLiteSocketServer | undefined;
let postgres: PostgresServer | undefined;

beforeAll(async () => {
  pglite = await PGlite.create();
  await pglite.exec(setup);
  socket = new PGLiteSocketServer({ db: pglite, port: 0, host: '127.0.0.1' });
  await socket.start();
  engines.push({ name: 'PGlite', url: `postgres://postgres:${superPassword}@${socket.getServerConn()}/postgres`, enforcesStatementTimeout: false, rows: async (sql) => (await pglite!.query(sql)).rows });

  postgres = await startPostgres(superPassword);
  if (postgres) {
    const admin = new pg.Client({ connectionString: postgres.url() });
    await admin.connect();
    // What the README asks for: a login that can only read the tables the query reads.
    await admin.query(`${setup} create role reader login password '${readerPassword}'; grant select on events, notes to reader;`);
    await admin.end();
    const server = postgres;
    engines.push({
      name: 'PostgreSQL',
      url: server.url('reader', readerPassword),
      wrongPassword: server.url('reader', 'Wr0ng-pw-never-printed'),
      enforcesStatementTimeout: true,
      rows: async (sql) => {
        const client = new pg.Client({ connectionString: server.url() });
        await client.connect();
        try {
          return (await client.query(sql)).rows;
        } finally {
          await client.end();
        }
      },
    });
  }
  console.log(`metric query guards tried against: ${engines.map((e) => e.name).join(', ')}`);
}, 120_000);
afterAll(async () => {
  await socket?.stop();
  await pglite?.close();
  await postgres?.stop();
});

const limits: SqlLimits = { timeoutMs: 800, maxRows: 1_000 };
async function run(engine: Engine, query: string, url = engine.url): Promise<string> {
  const source: SqlSource = { type: 'sql', connection: 'LMS_DATABASE_URL', query };
  try {
    const fetched = await fetchSql(source, { http: createHttpClient(), secrets: { connection: { variable: 'LMS_DATABASE_URL', value: url } }, from: '2026-10-01', today: '2026-11-25' }, limits);
    return `ok ${fetched.observations.length}`;
  } catch (error) {
    const { message, fix } = error as Error & { fix?: string };
    for (const secret of [superPassword, readerPassword, 'Wr0ng-pw-never-printed', canary, 'reader', '127.0.0.1']) {
      expect(`${message} ${fix}`).not.toContain(secret);
    }
    return message;
  }
}

const each = (name: string, body: (engine: Engine) => Promise<void>) =>
  it(name, async () => {
    expect(engines.length).toBeGreaterThan(0);
    for (const engine of engines) await body(engine);
  });

describe('a metric query cannot write or hang (PGlite, and PostgreSQL when installed)', () => {
  each('reads as usual', async (engine) => {
    expect(await run(engine, 'select day as date, n as value from events where day >= $1')).toBe('ok 10');
    expect(await run(engine, 'select day as date, n as value from events')).toBe('ok 10');
  });

  each('refuses two statements, whatever the second one is', async (engine) => {
    for (const query of ['commit; insert into events values (current_date, 99)', 'select day as date, n as value from events; delete from events', 'select 1 as value;\ncommit;\ndrop table notes']) {
      expect(await run(engine, query), engine.name).toBe('the query is more than one statement');
    }
    expect(await engine.rows('select count(*)::int as n from events')).toEqual([{ n: 10 }]);
  });

  each('cannot switch the transaction back to read-write, or write through a CTE, DDL or a DO block', async (engine) => {
    expect(await run(engine, 'set transaction read write'), engine.name).toBe('the query tried to change the read-only transaction: active_sql_transaction (SQLSTATE 25001)');
    expect(await run(engine, "select set_config('transaction_read_only', 'off', false) as date, 1 as value")).toBe('the query tried to change the read-only transaction: active_sql_transaction (SQLSTATE 25001)');
    expect(await run(engine, 'with gone as (delete from events returning day) select day as date, 1 as value from gone')).toBe('the query tried to change data: read_only_sql_transaction (SQLSTATE 25006)');
    expect(await run(engine, 'create table stolen (x text)')).toBe('the query tried to change data: read_only_sql_transaction (SQLSTATE 25006)');
    expect(await run(engine, 'do $$ begin insert into events values (current_date, 7); end $$')).toBe('the query tried to change data: read_only_sql_transaction (SQLSTATE 25006)');
    // A lone commit ends our transaction early and does nothing else: the next statement is our rollback.
    expect(await run(engine, 'commit')).toBe('ok 0');
    expect(await engine.rows('select count(*)::int as n from events')).toEqual([{ n: 10 }]);
    expect(await engine.rows("select to_regclass('stolen') as t")).toEqual([{ t: null }]);
  });

  each('never repeats what the database said: a row\'s data in a cast error, the login', async (engine) => {
    expect(await run(engine, 'select current_date as date, body::int as value from notes')).toBe('the query failed: invalid_text_representation (SQLSTATE 22P02)');
    expect(await run(engine, 'select current_date as date, body as value from notes')).toBe('row 1 of the query\'s result has a string of 20 characters as its value, not a number');
    if (engine.wrongPassword) expect(await run(engine, 'select 1', engine.wrongPassword)).toBe('the database refused the login in LMS_DATABASE_URL: invalid_password (SQLSTATE 28P01)');
  });

  each('stops a slow query', async (engine) => {
    expect(await run(engine, 'select pg_sleep(3.5) as date, 1 as value'), engine.name).toBe(
      engine.enforcesStatementTimeout
        ? 'the query took too long: query_canceled (SQLSTATE 57014)'
        : 'the database did not finish the query within 0.8 s, and did not stop it itself',
    );
  });

  each('cuts off a result too large to hold', async (engine) => {
    expect(await run(engine, 'select current_date as date, g as value from generate_series(1, 5000) as g')).toBe('the query returned more than 1,000 rows');
  });
});
