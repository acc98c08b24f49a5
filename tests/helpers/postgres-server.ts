/**
 * A real PostgreSQL for the tests that PGlite cannot prove (it ignores statement_timeout
 * and accepts any password): Debian's `postgresql` package, a throwaway cluster in a
 * temporary folder, listening on 127.0.0.1 on a free port, with password logins. `.ci/run`
 * installs the package; without it the tests skip with a warning, except under CI=true,
 * where they fail.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** `postgres://user:password@127.0.0.1:port/postgres` */
  url(user?: string, password?: string): string;
  stop(): Promise<void>;
}

/** The folder with initdb and postgres: on PATH, or Debian's /usr/lib/postgresql/<version>/bin. */
function binaries(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'postgres'))) return dir;
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian).filter((v) => existsSync(path.join(debian, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(debian, versions[0], 'bin') : undefined;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });

/** A running cluster whose superuser `postgres` has `superPassword`, or undefined (with a warning) when PostgreSQL is not installed. */
export async function startPostgres(superPassword: string): Promise<PostgresServer | undefined> {
  const bin = binaries();
  if (!bin) {
    const message = 'PostgreSQL is not installed (apt-get install postgresql): the tests against a real PostgreSQL were skipped';
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(message);
    return undefined;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-postgres-'));
  const data = path.join(dir, 'data');
  // PostgreSQL refuses to run as root: run it as the postgres user (or nobody), in a folder it owns.
  let owner: { uid: number; gid: number } | undefined;
  if (process.getuid?.() === 0) {
    const user = (() => {
      try {
        execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
        return 'postgres';
      } catch {
        return 'nobody';
      }
    })();
    owner = { uid: Number(execFileSync('id', ['-u', user], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', user], { encoding: 'utf8' })) };
    chownSync(dir, owner.uid, owner.gid);
    // The tests' temporary folder is root's (mode 700): let that user pass through it, not list it.
    chmodSync(os.tmpdir(), 0o711);
  }
  const pwfile = path.join(dir, 'pw');
  writeFileSync(pwfile, `${superPassword}\n`, { mode: 0o644 });
  execFileSync(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '--no-sync'], { stdio: 'ignore', ...owner });
  rmSync(pwfile);
  const port = await freePort();
  const child: ChildProcess = spawn(path.join(bin, 'postgres'), ['-D', data, '-k', dir, '-p', String(port), '-h', '127.0.0.1', '-c', 'fsync=off', '-c', 'log_min_messages=fatal'], { stdio: 'ignore', ...owner });
  const url = (name = 'postgres', password = superPassword) => `postgres://${encodeURIComponent(name)}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let tries = 0; ; tries++) {
    const client = new pg.Client({ connectionString: url() });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return { url, stop };
    } catch (error) {
      await client.end().catch(() => {});
      if (tries > 100 || child.exitCode !== null) {
        await stop();
        throw new Error(`PostgreSQL did not start: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
