/**
 * A query against the team's own PostgreSQL, or a warehouse that speaks its protocol,
 * with the `pg` client. Read-only in ways the query cannot undo:
 *   - it runs as ONE statement through the extended protocol (Parse/Bind/Execute),
 *     which PostgreSQL refuses for more than one command, so `commit; insert …` fails
 *     before anything runs (the simple protocol would run both);
 *   - inside `begin read only`, after a first `select 1`: once the transaction has a
 *     snapshot, `set transaction read write` and `set_config('transaction_read_only', …)`
 *     are refused, so the one statement cannot switch the mode back;
 *   - with `statement_timeout` and `idle_in_transaction_session_timeout` set for the
 *     transaction, and a timer of our own for servers that ignore them (PGlite does);
 *   - and it reads at most `maxRows` rows, one at a time, so a runaway query cannot
 *     fill the memory.
 * The login itself should still be read-only (README, "Metric sources"): a read-only
 * transaction does not stop a function that opens its own connection (dblink).
 * `$1` is the first day wanted. Rows are `date, value[, series]`.
 *
 * Nothing the database says is repeated: errors are named by their SQLSTATE (an error
 * message can quote a row's data, the user name or the host), with the place in the
 * query when PostgreSQL gives one; the query is the author's own text.
 */
import pg from 'pg';
import type { SqlSource } from '../../../schemas/metric-sources.ts';
import { describeValue } from './answer.ts';
import { SourceError } from './errors.ts';
import { sqlCondition } from './sqlstate.ts';
import type { Fetched, Observation, SourceContext } from './types.ts';

/** PostgreSQL's `date` type: kept as the text it is, not turned into a local-midnight Date. */
const dateOid = 1082;

export interface SqlLimits {
  /** Milliseconds for connecting, and for the query (server-side statement_timeout). */
  timeoutMs: number;
  /** Rows read at most; a longer result fails. */
  maxRows: number;
}

export const defaultSqlLimits: SqlLimits = { timeoutMs: 30_000, maxRows: 100_000 };

/** Where in the query PostgreSQL stopped (1-based character position), as the author wrote it. */
function at(query: string, position: unknown): string {
  const n = Number(position);
  if (!Number.isInteger(n) || n < 1 || n > query.length) return '';
  const line = query.slice(0, n - 1).split('\n').length;
  const excerpt = query.slice(n - 1, n + 29).split('\n')[0]!.trim();
  return ` at character ${n} (line ${line} of the query${excerpt ? `: "${excerpt}…"` : ''})`;
}

/** What a failed query means, by SQLSTATE, and what to change; never the server's own words. */
function explain(error: Error & { code?: string; position?: string }, variable: string, query: string): SourceError {
  const code = typeof error.code === 'string' && /^[A-Z0-9]{5}$/.test(error.code) ? error.code : undefined;
  const networkCode = typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code) ? error.code : undefined;
  if (networkCode) {
    return new SourceError(`could not reach the database in ${variable} (${networkCode})`, `check the host and port in the connection string ${variable} holds, and that this machine may connect to it`);
  }
  if (!code) {
    return new SourceError(`the connection to the database in ${variable} failed`, `check the connection string ${variable} holds (postgres://user:password@host:port/database)`);
  }
  const condition = `${sqlCondition(code)} (SQLSTATE ${code})`;
  if (code === '28P01' || code === '28000') return new SourceError(`the database refused the login in ${variable}: ${condition}`, `check the user and password in the connection string ${variable} holds`);
  if (code === '42601' && /multiple commands/.test(error.message)) {
    return new SourceError('the query is more than one statement', 'write one select (no ";" between statements): the pull runs exactly one statement');
  }
  if (code === '25006') return new SourceError(`the query tried to change data: ${condition}`, 'a metric query only reads: use select');
  if (code === '25001') return new SourceError(`the query tried to change the read-only transaction: ${condition}`, 'a metric query only reads: use one select, without set or commit');
  if (code === '57014') return new SourceError(`the query took too long: ${condition}`, 'make the query faster (an index on the date column, a narrower range)');
  if (code.startsWith('3D')) return new SourceError(`the database in ${variable} does not exist: ${condition}`, `check the database name in ${variable}`);
  if (code.startsWith('42') || code.startsWith('22')) {
    return new SourceError(`the query failed: ${condition}${at(query, error.position)}`, 'fix query: in the source block; try it in psql first, with a date in place of $1');
  }
  return new SourceError(`the database answered with an error: ${condition}`, `check the connection string in ${variable} and the query`);
}

function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

/** One row to an observation, or a description of what is wrong with it (never its values). */
function observation(row: Record<string, unknown>, index: number): Observation {
  const date = dayOf(row.date);
  const value = typeof row.value === 'string' && row.value.trim() !== '' ? Number(row.value) : row.value;
  const fix = 'name the columns date and value (select day as date, count(*) as value …), and series for a breakdown';
  if (!('date' in row) || !('value' in row)) {
    const columns = Object.keys(row).length;
    throw new SourceError(`row ${index + 1} of the query's result has no ${'date' in row ? 'value' : 'date'} column (it has ${columns} column${columns === 1 ? '' : 's'})`, fix);
  }
  if (!date) throw new SourceError(`row ${index + 1} of the query's result has ${describeValue(row.date)} as its date, not a date`, fix);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new SourceError(`row ${index + 1} of the query's result has ${describeValue(row.value)} as its value, not a number`, fix);
  const series = row.series === undefined || row.series === null ? undefined : String(row.series);
  return { date, value, ...(series !== undefined ? { series } : {}) };
}

/** Ends the connection; a server stuck in a query that ignored its timeout is cut off. */
async function close(client: pg.Client): Promise<void> {
  const ended = client.end().then(() => true, () => true);
  const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000).unref());
  if (!(await Promise.race([ended, late]))) (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
}

export async function fetchSql(source: SqlSource, context: SourceContext, limits: SqlLimits = defaultSqlLimits): Promise<Fetched> {
  const connection = context.secrets.connection;
  if (!connection) throw new SourceError(`no connection string for ${source.connection}`, 'run the source through npm run metrics:pull');
  const client = new pg.Client({
    connectionString: connection.value,
    connectionTimeoutMillis: limits.timeoutMs,
    application_name: 'devrel-wiki-metrics-pull',
    types: { getTypeParser: ((oid: number, format?: string) => (oid === dateOid ? (text: string) => text : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser },
  });
  // An error event on an idle client would otherwise crash the whole pull.
  client.on('error', () => {});
  const observations: Observation[] = [];
  let timer: NodeJS.Timeout | undefined;
  try {
    await client.connect();
    // Our own statements, in one round trip; the snapshot taken by `select 1` pins the read-only mode.
    await client.query(
      `begin transaction read only; set local statement_timeout = ${limits.timeoutMs}; set local idle_in_transaction_session_timeout = ${limits.timeoutMs * 2}; select 1`,
    );
    const query = new pg.Query({
      text: source.query,
      values: /\$1(?!\d)/.test(source.query) ? [context.from] : [],
      // Always the extended protocol, even without parameters: one statement, no more.
      queryMode: 'extended',
    } as pg.QueryConfig);
    let rows = 0;
    let tooMany = false;
    let bad: SourceError | undefined;
    query.on('row', (row: Record<string, unknown>) => {
      if (tooMany || bad) return;
      if (++rows > limits.maxRows) {
        tooMany = true;
        return;
      }
      try {
        observations.push(observation(row, rows - 1));
      } catch (error) {
        bad = error as SourceError;
      }
    });
    await new Promise<void>((resolve, reject) => {
      // For servers that ignore statement_timeout (PGlite does): give up a little after it.
      timer = setTimeout(
        () => reject(new SourceError(`the database did not finish the query within ${limits.timeoutMs / 1000} s, and did not stop it itself`, 'make the query faster (an index on the date column, a narrower range); the connection was closed')),
        limits.timeoutMs + 2_000,
      );
      query.on('end', () => resolve());
      query.on('error', reject);
      client.query(query);
    });
    if (bad) throw bad;
    if (tooMany) throw new SourceError(`the query returned more than ${limits.maxRows.toLocaleString('en-US')} rows`, 'group the rows by day or by period in the query (group by date), from $1 on');
    await client.query('rollback');
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw explain(error as Error & { code?: string; position?: string }, source.connection, source.query);
  } finally {
    clearTimeout(timer);
    await close(client);
  }
  return { kind: 'history', observations };
}
