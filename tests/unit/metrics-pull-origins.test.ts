/**
 * Where `npm run metrics:pull` sends a secret, tried with listeners on 127.0.0.1 that
 * record exactly what they receive, headers included: the maintainers' policy refuses
 * a variable for an origin it does not list before any request (the listener receives
 * nothing), a redirect or a next-page link to a second listener never carries the
 * token, and an answer too large to hold is cut off and refused. Node's own fetch is
 * tried first, to show why the pull follows redirects itself.
 */
import { execFile } from 'node:child_process';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpOptions } from '../../src/lib/metrics/sources/http.ts';
import { pullMetrics, type MetricPull } from '../../src/lib/metrics/pull/pull.ts';
import { mayRead, type SecretPolicy } from '../../src/lib/metrics/sources/secrets.ts';
import { definition, metricProject, projectRoot, type MetricProject } from '../helpers/metric-project.ts';
import { startReplayServer, type Reply, type ReplayServer } from '../helpers/replay-server.ts';
import { testPolicy, writePolicyFile } from '../helpers/secret-policy.ts';

const now = new Date('2026-11-25T12:00:00Z');
const token = 'ghp_0riginsTestToken0123456789abcdefABCD';
let first: ReplayServer;
let second: ReplayServer;
const projects: MetricProject[] = [];
beforeAll(async () => {
  first = await startReplayServer({});
  second = await startReplayServer({});
});
afterAll(async () => {
  await first.close();
  await second.close();
});
afterEach(() => {
  for (const p of projects.splice(0)) rmSync(p.root, { recursive: true, force: true });
  first.requests.length = 0;
  second.requests.length = 0;
});

function project(files: Record<string, string>): MetricProject {
  const p = metricProject(files);
  projects.push(p);
  return p;
}
const fast = { timeoutMs: 2_000, retryDelayMs: 5, attempts: 2 };
function pull(p: MetricProject, policy: SecretPolicy, env: Record<string, string> = { STATS: token, GH_TEST_TOKEN: token }, http = createHttpClient(fast)): Promise<MetricPull[]> {
  return pullMetrics({ contentDir: p.content, displayRoot: p.root, now, env, policy, http });
}
const jsonMetric = (url: string, extra = '\ntoken: STATS') => definition('Subscribers', 'last', `type: http-json\nurl: ${url}\npointer: /n${extra}`);
const sent = (server: ReplayServer) => server.requests.map((r) => r.headers);

describe("Node's fetch, the reason the pull follows redirects itself", () => {
  it('drops Authorization on a redirect to another origin but forwards an Api-Key header', async () => {
    first.routes = { '/start': { status: 302, headers: { location: `${second.url}/landed` } } };
    second.routes = { '/landed': { body: { n: 1 } } };
    const response = await fetch(`${first.url}/start`, { headers: { authorization: `Bearer ${token}`, 'api-key': 'forum-key-value' } });
    expect(response.status).toBe(200);
    expect(second.requests[0]!.headers.authorization).toBeUndefined();
    // This is what would leak a Discourse key if the pull let fetch follow redirects.
    expect(second.requests[0]!.headers['api-key']).toBe('forum-key-value');
  });
});

describe('the policy refuses before any request', () => {
  it('a token for an origin the policy does not list for it, a variable it does not list at all, and the defaults', async () => {
    const p = project({ 'n.yaml': jsonMetric(`${first.url}/n.json`), 'n.csv': 'date,value\n' });
    const elsewhere = await pull(p, testPolicy({ STATS: [second.url] }));
    expect(elsewhere[0]!.error).toEqual({
      message: `STATS (named by token:) may not be sent to ${first.url}: .github/metric-secrets.yaml allows it only to ${second.url}`,
      fix: `ask a maintainer (@test-maintainers, who own .github/metric-secrets.yaml) to add ${first.url} under send: STATS:, if that service should receive it; the pull does not run this source until then`,
    });
    const unlisted = await pull(p, testPolicy({ OTHER: [first.url] }));
    expect(unlisted[0]!.error!.message).toBe(`STATS (named by token:) may not be sent to ${first.url}: .github/metric-secrets.yaml does not allow sending it anywhere`);
    const defaults = await pull(p, { rules: { send: { GITHUB_TOKEN: ['https://api.github.com'] }, connect: [], read: [] }, fromFile: false, owners: [] });
    expect(defaults[0]!.error!.message).toBe(`STATS (named by token:) may not be sent to ${first.url}: the default policy (there is no .github/metric-secrets.yaml) does not allow sending it anywhere`);
    expect(defaults[0]!.error!.fix).toMatch(/^ask a maintainer \(whoever may change \.github\/metric-secrets\.yaml\)/);
    expect(first.requests).toEqual([]);
  });

  it('the workflow token to a host content chose, a database URL as a bearer token, a token as a database connection', async () => {
    // A raw listener where the database would be: it records any connection at all.
    const connections: string[] = [];
    const db: TcpServer = createTcpServer((socket) => {
      connections.push('connected');
      socket.destroy();
    });
    await new Promise<void>((resolve) => db.listen(0, '127.0.0.1', resolve));
    const dbPort = (db.address() as AddressInfo).port;
    try {
      const p = project({
        'stars.yaml': definition('Stars', 'last', `type: github\nrepo: a/b\nmeasure: forks\napi: ${first.url}\ntoken: GITHUB_TOKEN`),
        'stars.csv': 'date,value\n',
        'dburl.yaml': jsonMetric(`${first.url}/n.json`, '\ntoken: LMS_DATABASE_URL'),
        'dburl.csv': 'date,value\n',
        'tok.yaml': definition('Rows', 'sum', 'type: sql\nconnection: GITHUB_TOKEN\nquery: select 1'),
        'tok.csv': 'date,value\n',
      });
      const results = await pull(p, testPolicy({ GITHUB_TOKEN: ['https://api.github.com'] }, ['LMS_DATABASE_URL']), {
        GITHUB_TOKEN: token,
        LMS_DATABASE_URL: `postgres://report:db-password-value@127.0.0.1:${dbPort}/lms`,
      });
      expect(results.map((r) => `${r.id}: ${r.error?.message}`)).toEqual([
        `dburl: LMS_DATABASE_URL (named by token:) holds a database connection string (it is listed under connect:), which is never sent to a web address`,
        `stars: GITHUB_TOKEN (named by token:) may not be sent to ${first.url}: .github/metric-secrets.yaml allows it only to https://api.github.com`,
        'tok: GITHUB_TOKEN (named by connection:) is not a database connection .github/metric-secrets.yaml allows',
      ]);
      expect(first.requests).toEqual([]);
      expect(connections).toEqual([]);
      expect(JSON.stringify(results)).not.toMatch(/ghp_0rigins|db-password-value/);
    } finally {
      await new Promise<void>((resolve) => db.close(() => resolve()));
    }
  });

  it('Discourse: both the key and the user must be allowed for the forum', async () => {
    const p = project({ 't.yaml': definition('Topics', 'sum', `type: discourse\nurl: ${first.url}\nmeasure: topics\napiKey: FORUM_KEY\napiUser: FORUM_USER`), 't.csv': 'date,value\n' });
    const results = await pull(p, testPolicy({ FORUM_USER: [first.url] }), { FORUM_KEY: 'forum-key-value', FORUM_USER: 'system' });
    expect(results[0]!.error!.message).toBe(`FORUM_KEY (named by apiKey:) may not be sent to ${first.url}: .github/metric-secrets.yaml does not allow sending it anywhere`);
    expect(first.requests).toEqual([]);
  });
});

describe('what the pull may read at all', () => {
  /** The client as scripts/metrics-pull.ts makes it: every hop checked against the policy. */
  const clientFor = (policy: SecretPolicy) => createHttpClient({ ...fast, mayRead: (origin) => mayRead(policy, origin) });

  it('refuses a source that sends no secret to an address the policy does not list, before any request', async () => {
    first.routes = { '/internal/stats.json': { body: { n: 42 } } };
    const p = project({ 'n.yaml': jsonMetric(`${first.url}/internal/stats.json`, ''), 'n.csv': 'date,value\n' });
    const [refused] = await pull(p, testPolicy({ GITHUB_TOKEN: ['https://api.github.com'] }));
    expect(refused!.error).toEqual({
      message: `the pull may not read ${first.url} (named by url:): .github/metric-secrets.yaml does not list it`,
      fix: `ask a maintainer (@test-maintainers, who own .github/metric-secrets.yaml) to add ${first.url} under read:, if the pull should read that service; it reads only the public APIs it knows (https://api.github.com, https://api.npmjs.org, https://pypistats.org) and the origins maintainers list`,
    });
    expect(first.requests).toEqual([]);
    expect(p.read('n.csv')).toBe('date,value\n');
    // Listed under read:, the same block is pulled.
    expect((await pull(p, testPolicy({}, [], [first.url])))[0]!.error).toBeUndefined();
    expect(p.read('n.csv')).toBe('date,value\n2026-11-25,42\n');
  });

  it('refuses a redirect or a next-page link to an unlisted origin even when no secret travels; that origin receives nothing', async () => {
    const policy = testPolicy({}, [], [first.url]);
    first.routes = {
      '/n.json': { status: 302, headers: { location: `${second.url}/metadata` } },
      '/repos/a/b/contributors': { headers: { link: `<${second.url}/repos/a/b/contributors?page=2>; rel="next"` }, body: [{ login: 'ana' }] },
    };
    second.routes = { '/metadata': { body: { n: 1 } }, '/repos/a/b/contributors': { body: [{ login: 'bo' }] } };
    const redirected = project({ 'n.yaml': jsonMetric(`${first.url}/n.json`, ''), 'n.csv': 'date,value\n' });
    expect((await pull(redirected, policy, {}, clientFor(policy)))[0]!.error!.message).toBe(`a redirect from ${first.url.slice(7)} leads to ${second.url}, which the pull may not read`);
    const paged = project({ 'c.yaml': definition('People', 'last', `type: github\nrepo: a/b\nmeasure: contributors\napi: ${first.url}`), 'c.csv': 'date,value\n' });
    expect((await pull(paged, policy, {}, clientFor(policy)))[0]!.error!.message).toBe(`the next-page link from ${first.url.slice(7)} leads to ${second.url}, which the pull may not read`);
    expect(second.requests).toEqual([]);
    // Both listed: followed.
    const both = testPolicy({}, [], [first.url, second.url]);
    expect((await pull(paged, both, {}, clientFor(both)))[0]!.error).toBeUndefined();
  });

  it('npm run metrics:pull checks every hop against the policy file: a redirect to an unlisted origin is refused', async () => {
    first.routes = { '/n.json': { status: 302, headers: { location: `${second.url}/latest/meta-data/` } } };
    second.routes = { '/latest/meta-data/': { body: { n: 123456789012 } } };
    const p = project({ 'n.yaml': jsonMetric(`${first.url}/n.json`, ''), 'n.csv': 'date,value\n' });
    writePolicyFile(p.root, {}, [], [first.url]);
    // Asynchronously: the listeners answer from this process.
    const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [path.join(projectRoot, 'scripts/metrics-pull.ts')], {
        cwd: p.root,
        env: { ...process.env, WIKI_CONTENT_DIR: p.content, SOURCE_DATE_EPOCH: String(now.getTime() / 1000), METRICS_PULL_RETRY_DELAY_MS: '5' },
      }, (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }));
    });
    expect(result.status, result.stderr).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toContain(`a redirect from ${first.url.slice(7)} leads to ${second.url}, which the pull may not read`);
    expect(second.requests).toEqual([]);
    expect(p.read('n.csv')).toBe('date,value\n');
  });

  it('reads the public APIs its source types default to without any entry', () => {
    const none = testPolicy();
    expect(['https://api.github.com', 'https://api.npmjs.org', 'https://pypistats.org'].filter((origin) => !mayRead(none, origin))).toEqual([]);
    expect(mayRead(none, 'https://api.github.com.evil.example')).toBe(false);
    expect(mayRead(none, 'http://169.254.169.254')).toBe(false);
    // An origin a secret may go to may also be read.
    expect(mayRead(testPolicy({ STATS: ['https://stats.corp.example'] }), 'https://stats.corp.example')).toBe(true);
  });
});

describe('redirects and next-page links', () => {
  const allowed = () => testPolicy({ STATS: [first.url], GH_TEST_TOKEN: [first.url], FORUM_KEY: [first.url], FORUM_USER: [first.url] });

  it('follows a redirect within the origin with the token', async () => {
    first.routes = { '/old.json': { status: 301, headers: { location: '/new.json' } }, '/new.json': { body: { n: 5 } } };
    const p = project({ 'n.yaml': jsonMetric(`${first.url}/old.json`), 'n.csv': 'date,value\n' });
    expect((await pull(p, allowed()))[0]!.error).toBeUndefined();
    expect(sent(first).map((h) => h.authorization)).toEqual([`Bearer ${token}`, `Bearer ${token}`]);
    expect(p.read('n.csv')).toBe('date,value\n2026-11-25,5\n');
  });

  it.each([
    ['a bearer token', 'n.yaml', () => jsonMetric(`${first.url}/n.json`)],
    ['a Discourse key', 'n.yaml', () => definition('Topics', 'sum', `type: discourse\nurl: ${first.url}\nmeasure: topics\napiKey: FORUM_KEY\napiUser: FORUM_USER`)],
  ])('refuses a redirect to another origin with %s, which receives nothing', async (_what, file, yaml) => {
    const elsewhere = { status: 307, headers: { location: `${second.url}/steal` } };
    first.routes = { '/n.json': elsewhere, '/admin/reports/topics.json': elsewhere };
    second.routes = { '/steal': { body: { n: 1 } } };
    const p = project({ [file]: yaml(), 'n.csv': 'date,value\n' });
    const [result] = await pull(p, allowed(), { STATS: token, FORUM_KEY: 'forum-key-value', FORUM_USER: 'system' });
    expect(result!.error!.message).toMatch(new RegExp(`^a redirect from ${first.url.slice(7)} leads to ${second.url}, another origin than ${first.url}; the pull does not send (STATS|FORUM_KEY) there$`));
    expect(second.requests).toEqual([]);
  });

  it('refuses a redirect that downgrades to http or leaves the web', async () => {
    first.routes = { '/n.json': { status: 302, headers: { location: 'file:///etc/passwd' } } };
    const p = project({ 'n.yaml': jsonMetric(`${first.url}/n.json`), 'n.csv': 'date,value\n' });
    expect((await pull(p, allowed()))[0]!.error!.message).toBe(`a redirect from ${first.url.slice(7)} is not a web address (file:)`);
  });

  it('follows a redirect elsewhere when nothing secret travels', async () => {
    first.routes = { '/downloads/range/2026-10-01:2026-11-25/sdk': { status: 302, headers: { location: `${second.url}/mirror` } } };
    second.routes = { '/mirror': { body: { downloads: [{ day: '2026-10-05', downloads: 7 }] } } };
    const p = project({ 'dl.yaml': definition('Downloads', 'sum', `type: npm\npackage: sdk\napi: ${first.url}`), 'dl.csv': 'date,value\n2026-09-30,1\n' });
    expect((await pull(p, allowed()))[0]!.error).toBeUndefined();
    expect(p.read('dl.csv')).toBe('date,value\n2026-09-30,1\n2026-10-31,7\n');
  });

  it('a next-page link to another origin: refused with a token (the second listener receives nothing), followed without', async () => {
    const page = (list: unknown[], next?: string): Reply => ({ headers: next ? { link: `<${next}>; rel="next"` } : {}, body: list });
    first.routes = { '/repos/a/b/contributors': page([{ login: 'ana' }], `${second.url}/repos/a/b/contributors?page=2`) };
    second.routes = { '/repos/a/b/contributors': page([{ login: 'bo' }]) };
    const source = (extra: string) => definition('People', 'last', `type: github\nrepo: a/b\nmeasure: contributors\napi: ${first.url}${extra}`);
    const withToken = project({ 'c.yaml': source('\ntoken: GH_TEST_TOKEN'), 'c.csv': 'date,value\n' });
    const [refused] = await pull(withToken, allowed());
    expect(refused!.error!.message).toBe(`the next-page link from ${first.url.slice(7)} leads to ${second.url}, another origin than ${first.url}; the pull does not send GH_TEST_TOKEN there`);
    expect(sent(first)[0]!.authorization).toBe(`Bearer ${token}`);
    expect(second.requests).toEqual([]);

    const without = project({ 'c.yaml': source(''), 'c.csv': 'date,value\n' });
    expect((await pull(without, allowed()))[0]!.error).toBeUndefined();
    expect(without.read('c.csv')).toBe('date,value\n2026-11-25,2\n');
    expect(sent(second)[0]!.authorization).toBeUndefined();
  });
});

describe('answers too large to hold', () => {
  /** A server answering with `handler`, counting the bytes it managed to send. */
  async function rawServer(handler: (write: (chunk: Buffer) => boolean, end: () => void, setHeaders: (h: Record<string, string | number>) => void) => void) {
    const stats = { sent: 0, closed: false };
    const server = createServer((request, response) => {
      response.on('close', () => (stats.closed = true));
      handler(
        (chunk) => {
          stats.sent += chunk.length;
          return response.write(chunk);
        },
        () => response.end(),
        (headers) => response.writeHead(200, headers),
      );
      request.resume();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stats, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
  }
  const limits = { ...fast, maxBodyBytes: 1024 * 1024 };
  /** The error of an http-json metric pulled from `server`, which is closed afterwards. */
  async function failureFrom(server: Awaited<ReturnType<typeof rawServer>>, options: Partial<HttpOptions>, before?: () => Promise<void>): Promise<string | undefined> {
    try {
      const p = project({ 'n.yaml': jsonMetric(`${server.url}/n.json`, ''), 'n.csv': 'date,value\n' });
      const [result] = await pull(p, testPolicy({}, [], [server.url]), {}, createHttpClient(options));
      // Checks on the server's side, before this test closes it.
      await before?.();
      return result!.error?.message;
    } finally {
      await server.close();
    }
  }

  it('refuses a declared 2 GB answer without reading it', async () => {
    const server = await rawServer((write, _end, head) => {
      head({ 'content-type': 'application/json', 'content-length': 2 * 1024 ** 3 });
      write(Buffer.from('{"n":'));
    });
    expect(await failureFrom(server, fast)).toBe(`${server.url.slice(7)} answered with more than 8 MiB; the pull reads at most that much of one answer`);
  });

  it('stops reading an endless answer at the limit and closes the connection', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const server = await rawServer((write, _end, head) => {
      head({ 'content-type': 'application/json' });
      write(Buffer.from('['));
      // Keeps writing whenever the socket drains, until the client hangs up or 64 MiB went out.
      const pump = () => {
        while (server.stats.sent < 64 * 1024 * 1024 && !server.stats.closed) if (!write(chunk)) return void setTimeout(pump, 1);
      };
      pump();
    });
    const hungUp = async () => {
      await expect.poll(() => server.stats.closed).toBe(true);
      // What was sent before the pull hung up: the limit plus what the socket buffers held, far from 64 MiB.
      expect(server.stats.sent).toBeLessThan(16 * 1024 * 1024);
    };
    expect(await failureFrom(server, limits, hungUp)).toBe(`${server.url.slice(7)} answered with more than 1 MiB; the pull reads at most that much of one answer`);
  });

  it('counts a compressed answer by what it unpacks to (a gzip bomb)', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    const server = await rawServer((write, end, head) => {
      head({ 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length });
      write(bomb);
      end();
    });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await failureFrom(server, limits)).toBe(`${server.url.slice(7)} answered with more than 1 MiB; the pull reads at most that much of one answer`);
  });

  it('bounds a list over all its pages', async () => {
    const item = { login: 'x'.repeat(1000) };
    first.routes = { '/repos/a/b/contributors': ({ path, base }) => {
      const n = Number(new URL(path, base).searchParams.get('page') ?? '1');
      return { headers: { link: `<${base}/repos/a/b/contributors?page=${n + 1}>; rel="next"` }, body: Array.from({ length: 100 }, () => item) };
    } };
    const p = project({ 'c.yaml': definition('People', 'last', `type: github\nrepo: a/b\nmeasure: contributors\napi: ${first.url}`), 'c.csv': 'date,value\n' });
    const [result] = await pull(p, testPolicy({}, [], [first.url]), {}, createHttpClient({ ...fast, maxListBytes: 1024 * 1024 }));
    expect(result!.error!.message).toBe(`the list from ${first.url.slice(7)} is larger than 1 MiB over its pages`);
    expect(first.requests.length).toBeLessThan(12);
  });
});

describe('a metric whose files are links out of content/', () => {
  it('is neither read nor written through: the pull fails that metric, sends nothing, and the file elsewhere is untouched', async () => {
    const p = project({ 'subs.yaml': jsonMetric(`${first.url}/n`) });
    first.routes = { '/n': { body: { n: 7 } } };
    const elsewhere = path.join(p.root, 'elsewhere.csv');
    writeFileSync(elsewhere, 'date,value\n2026-01-31,1\n');
    symlinkSync(elsewhere, path.join(p.content, 'metrics', 'subs.csv'));
    const [result] = await pull(p, testPolicy({ STATS: [first.url] }));
    expect(result!.status).toBe('failed');
    expect(JSON.stringify(result)).toContain('symbolic link');
    expect(first.requests).toEqual([]);
    expect(readFileSync(elsewhere, 'utf8')).toBe('date,value\n2026-01-31,1\n');
  });
});
