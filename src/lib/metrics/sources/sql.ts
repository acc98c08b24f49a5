/**
 * A query against the team's own PostgreSQL, or a warehouse that speaks its protocol,
 * with the `pg` client. The query runs in a read-only transaction, so a mistaken
 * `delete` in a metric file cannot change the database; `$1` is the first day wanted.
 * Rows are `date, value[, series]`, one per day or per period.
 */
import pg from 'pg';
import type { SqlSource } from '../../../schemas/metric-sources.ts';
import { secretFrom } from './env.ts';
import { SourceError } from './errors.ts';
import type { Fetched, Observation, SourceContext } from './types.ts';

/** PostgreSQL's `date` type: kept as the text it is, not turned into a local-midnight Date. */
const dateOid = 1082;

/** What a failed query means, by SQLSTATE class, and what to change. */
function explain(error: Error & { code?: string }, variable: string): SourceError {
  const code = error.code ?? '';
  if (code === '28P01' || code === '28000') return new SourceError(`the database refused the login in ${variable}: ${error.message}`, `check the user and password in the connection string ${variable} holds`);
  if (code.startsWith('42')) return new SourceError(`the query failed: ${error.message}`, 'fix query: in the source block; try it in psql first, with a date in place of $1');
  if (code === '25006') return new SourceError(`the query tried to change data: ${error.message}`, 'a metric query only reads: use select');
  if (code === '57014') return new SourceError(`the query took too long: ${error.message}`, 'make the query faster (an index on the date column, a narrower range)');
  if (code.startsWith('3D')) return new SourceError(`the database in ${variable} does not exist: ${error.message}`, `check the database name in ${variable}`);
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code)) {
    return new SourceError(`could not reach the database in ${variable}: ${error.message}`, `check the host and port in ${variable} and that this machine may connect to it`);
  }
  return new SourceError(`the database answered: ${error.message}`, `check the connection string in ${variable} and the query`);
}

function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

export async function fetchSql(source: SqlSource, context: SourceContext, timeoutMs = 30_000): Promise<Fetched> {
  const connectionString = secretFrom(context.env, source.connection, 'connection')!;
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    types: { getTypeParser: ((oid: number, format?: string) => (oid === dateOid ? (text: string) => text : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser },
  });
  // An error event on an idle client would otherwise crash the whole pull.
  client.on('error', () => {});
  let rows: Array<Record<string, unknown>>;
  try {
    await client.connect();
    await client.query('begin read only');
    rows = (await client.query(source.query, source.query.includes('$1') ? [context.from] : [])).rows;
    await client.query('rollback');
  } catch (error) {
    throw explain(error as Error & { code?: string }, source.connection);
  } finally {
    await client.end().catch(() => {});
  }

  const observations: Observation[] = [];
  for (const [i, row] of rows.entries()) {
    const date = dayOf(row.date);
    const value = typeof row.value === 'string' && row.value.trim() !== '' ? Number(row.value) : row.value;
    if (!date || typeof value !== 'number' || !Number.isFinite(value)) {
      throw new SourceError(
        `row ${i + 1} of the query's result is ${JSON.stringify(row, (_, v) => (typeof v === 'bigint' ? String(v) : v))}, not {date, value}`,
        'name the columns date and value (select day as date, count(*) as value …), and series for a breakdown',
      );
    }
    const series = row.series === undefined || row.series === null ? undefined : String(row.series);
    observations.push({ date, value, ...(series !== undefined ? { series } : {}) });
  }
  return { kind: 'history', observations };
}
