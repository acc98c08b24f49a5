/**
 * `npm run metrics:pull`'s web sources against a local HTTP server that answers like
 * GitHub, npm, pypistats, Discourse and a plain JSON endpoint (tests/helpers/replay-server.ts):
 * pagination by Link headers, stars dated by starred_at, sums over repositories and
 * packages, and every failure the issue lists (401, 404, rate limits, 5xx, timeouts,
 * malformed JSON), each named with its metric, its source and its fix.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, nextLink, rateLimitReset } from '../../src/lib/metrics/sources/http.ts';
import { pullMetrics, type MetricPull } from '../../src/lib/metrics/pull/pull.ts';
import { definition, metricProject, type MetricProject } from '../helpers/metric-project.ts';
import { startReplayServer, type ReplayServer } from '../helpers/replay-server.ts';
import { testPolicy } from '../helpers/secret-policy.ts';

const now = new Date('2026-11-25T12:00:00Z');
let server: ReplayServer;
const projects: MetricProject[] = [];
beforeAll(async () => {
  server = await startReplayServer({});
});
afterAll(() => server.close());
afterEach(() => {
  for (const p of projects.splice(0)) rmSync(p.root, { recursive: true, force: true });
  server.requests.length = 0;
});

function project(files: Record<string, string>): MetricProject {
  const p = metricProject(files);
  projects.push(p);
  return p;
}

const fast = { timeoutMs: 300, retryDelayMs: 5, maxRateLimitWaitMs: 2_000, attempts: 3 };
function pull(p: MetricProject, options: { only?: string; since?: string; dryRun?: boolean; env?: Record<string, string> } = {}): Promise<MetricPull[]> {
  // The maintainers allowed each test variable to the local server, and nowhere else.
  const policy = testPolicy(Object.fromEntries(['GH_TEST_TOKEN', 'FORUM_KEY', 'FORUM_USER', 'STATS'].map((name) => [name, [server.url]])));
  return pullMetrics({ contentDir: p.content, displayRoot: p.root, now, env: options.env ?? {}, policy, http: createHttpClient(fast), ...options });
}
const outcome = (results: MetricPull[]) => results.map((r) => (r.error ? `${r.id} failed: ${r.error.message} | fix: ${r.error.fix}` : `${r.id} +${r.added.length} ~${r.replaced.length}`));

/** GitHub's stargazers list: 2 stars a page, the `next` link until the last page. */
function stargazers(dates: string[]) {
  return ({ path, base }: { path: string; base: string }) => {
    const page = Number(new URL(path, base).searchParams.get('page') ?? '1');
    const slice = dates.slice((page - 1) * 2, page * 2);
    const last = Math.ceil(dates.length / 2);
    const link = (n: number, rel: string) => `<${base}${path.replace(/&page=\d+/, '')}&page=${n}>; rel="${rel}"`;
    return {
      headers: { link: [page < last ? link(page + 1, 'next') : '', link(last, 'last')].filter(Boolean).join(', ') },
      body: slice.map((d, i) => ({ starred_at: `${d}T10:0${i}:00Z`, user: { login: `dev${page}${i}` } })),
    };
  };
}

describe('github', () => {
  const stars = ['2026-08-03', '2026-08-03', '2026-09-15', '2026-10-02', '2026-10-02', '2026-10-30', '2026-11-20'];
  const source = (api: string, extra = '') => `type: github\nrepo: lumenstack/lumen\nmeasure: stars\napi: ${api}\ntoken: GH_TEST_TOKEN${extra}`;

  it('follows Link pages, counts stars by starred_at, appends only complete months after the last row, then changes nothing', async () => {
    // A GitHub Enterprise Server base: the API under /api/v3.
    server.routes = { '/api/v3/repos/lumenstack/lumen/stargazers': stargazers(stars) };
    const p = project({ 'stars.yaml': definition('Stars', 'last', source(`${server.url}/api/v3`)), 'stars.csv': 'date,value\n2026-08-31,2\n' });
    expect(outcome(await pull(p, { env: { GH_TEST_TOKEN: 'test-token-value' } }))).toEqual(['stars +2 ~0']);
    expect(p.read('stars.csv')).toBe('date,value\n2026-08-31,2\n2026-09-30,3\n2026-10-31,6\n');
    expect(p.read('stars.yaml')).toContain('  type: github\n  pulled: 2026-11-25\n');
    // Four pages of two, asked with the star media type and the token; the API version pinned.
    const asked = server.requests.map((r) => r.path);
    expect(asked).toEqual(['/api/v3/repos/lumenstack/lumen/stargazers?per_page=100', ...[2, 3, 4].map((n) => `/api/v3/repos/lumenstack/lumen/stargazers?per_page=100&page=${n}`)]);
    expect(server.requests[0]!.headers).toMatchObject({ accept: 'application/vnd.github.star+json', authorization: 'Bearer test-token-value', 'x-github-api-version': '2022-11-28' });

    const before = p.snapshot();
    expect(outcome(await pull(p, { env: { GH_TEST_TOKEN: 'test-token-value' } }))).toEqual(['stars +0 ~0']);
    expect(p.snapshot()).toEqual(before);
  });

  it('rewrites periods from --since on, and only those', async () => {
    server.routes = { '/repos/lumenstack/lumen/stargazers': stargazers(stars) };
    const p = project({ 'stars.yaml': definition('Stars', 'last', source(server.url)), 'stars.csv': 'date,value\n2026-07-31,0\n2026-08-31,1\n2026-09-30,3\n' });
    const results = await pull(p, { since: '2026-08-01', env: { GH_TEST_TOKEN: 't' } });
    expect(outcome(results)).toEqual(['stars +1 ~1']);
    expect(results[0]!.replaced).toEqual([{ before: [{ date: '2026-08-31', value: 1 }], after: { date: '2026-08-31', value: 2 } }]);
    expect(p.read('stars.csv')).toBe('date,value\n2026-07-31,0\n2026-08-31,2\n2026-09-30,3\n2026-10-31,6\n');
  });

  it('adds up repositories and counts forks as of today; a --dry-run writes nothing', async () => {
    server.routes = { '/repos/lumenstack/lumen': { body: { forks_count: 40 } }, '/repos/lumenstack/lumen-py': { body: { forks_count: 2 } } };
    const p = project({ 'forks.yaml': definition('Forks', 'last', `type: github\nrepos: [lumenstack/lumen, lumenstack/lumen-py]\nmeasure: forks\napi: ${server.url}/`), 'forks.csv': 'date,value\n2026-10-31,39\n' });
    const before = p.snapshot();
    const dry = await pull(p, { dryRun: true });
    expect(dry[0]!.added).toEqual([{ date: '2026-11-25', value: 42 }]);
    expect(p.snapshot()).toEqual(before);
    await pull(p);
    expect(p.read('forks.csv')).toBe('date,value\n2026-10-31,39\n2026-11-25,42\n');
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('leaves every file as it was when the second repository fails halfway, and still pulls the other metrics', async () => {
    server.routes = {
      '/repos/lumenstack/lumen/stargazers': stargazers(stars),
      '/repos/lumenstack/gone/stargazers': { status: 404, body: { message: 'Not Found' } },
      '/repos/lumenstack/lumen': { body: { open_issues_count: 12 } },
    };
    const p = project({
      'stars.yaml': definition('Stars', 'last', `type: github\nrepos: [lumenstack/lumen, lumenstack/gone]\nmeasure: stars\napi: ${server.url}`),
      'stars.csv': 'date,value\n2026-08-31,2\n',
      'issues.yaml': definition('Open issues', 'last', `type: github\nrepo: lumenstack/lumen\nmeasure: open-issues\napi: ${server.url}`),
      'issues.csv': 'date,value\n',
    });
    const before = p.snapshot();
    expect(outcome(await pull(p))).toEqual([
      'issues +1 ~0',
      `stars failed: repository lumenstack/gone was not found on ${server.url.slice(7)} (HTTP 404) | fix: check the spelling in the source block; a private one also answers 404 without a token`,
    ]);
    expect(p.snapshot()).toEqual({ ...before, 'issues.csv': 'date,value\n2026-11-25,12\n', 'issues.yaml': expect.stringContaining('pulled: 2026-11-25') });
  });

  it('names the variable of a refused token, and a variable that is not set, never its value', async () => {
    // The server echoes the token back in its error body and headers, as some APIs do.
    const token = 'ghp_expiredTokenValue1234567890abcdefXYZ';
    server.routes = {
      '/repos/lumenstack/lumen/stargazers': ({ headers }) => ({ status: 401, headers: { 'x-echo': String(headers.authorization) }, body: { message: `Bad credentials: ${String(headers.authorization)}` } }),
    };
    const p = project({ 'stars.yaml': definition('Stars', 'last', source(server.url)), 'stars.csv': 'date,value\n' });
    const before = p.snapshot();
    const refused = await pull(p, { env: { GH_TEST_TOKEN: token } });
    expect(outcome(refused)).toEqual([
      `stars failed: ${server.url.slice(7)} refused the credentials in GH_TEST_TOKEN (HTTP 401) | fix: check that the environment variable GH_TEST_TOKEN holds a valid, unexpired token that can read this (read-only access is enough)`,
    ]);
    // The token really was sent (so the run could have leaked it), and appears in nothing the pull returned or wrote.
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expect(JSON.stringify(refused)).not.toContain('expiredTokenValue');
    expect(p.snapshot()).toEqual(before);

    const unset = await pull(p);
    expect(unset[0]!.error!.message).toBe('the environment variable GH_TEST_TOKEN (named by token:) is not set');
  });
});

describe('rate limits, server errors, timeouts and bad answers', () => {
  const metric = (path = '/stats.json') => definition('Projects', 'last', `type: http-json\nurl: ${server.url}${path}\npointer: /stats/projects`);

  it('waits out a short Retry-After and carries on', async () => {
    server.routes = { '/stats.json': [{ status: 429, headers: { 'retry-after': '1' }, body: { message: 'slow down' } }, { body: { stats: { projects: 7 } } }] };
    const p = project({ 'projects.yaml': metric(), 'projects.csv': 'date,value\n' });
    const started = Date.now();
    expect(outcome(await pull(p))).toEqual(['projects +1 ~0']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('stops with the time to retry when GitHub\'s reset is far off', async () => {
    server.routes = { '/repos/a/b': () => ({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) }, body: { message: 'API rate limit exceeded' } }) };
    const p = project({ 'forks.yaml': definition('Forks', 'last', `type: github\nrepo: a/b\nmeasure: forks\napi: ${server.url}`), 'forks.csv': 'date,value\n' });
    const [result] = await pull(p);
    expect(result!.error!.message).toMatch(new RegExp(`^${server.url.slice(7)} rate limit reached \\(HTTP 403\\); it resets at (\\d{4}-\\d\\d-\\d\\d )?\\d\\d:\\d\\d UTC, in 60 min$`));
    expect(result!.error!.fix).toMatch(/^run the pull again after .*UTC; with a token \(token: naming an environment variable\) the limit is higher$/);
    expect(server.requests).toHaveLength(1);
  });

  it('retries 5xx answers with pauses, and gives up after a bounded number of attempts', async () => {
    server.routes = { '/stats.json': [{ status: 503 }, { status: 502 }, { body: { stats: { projects: 9 } } }], '/down.json': { status: 500, body: 'oops' } };
    const p = project({ 'projects.yaml': metric(), 'projects.csv': 'date,value\n', 'down.yaml': metric('/down.json'), 'down.csv': 'date,value\n' });
    expect(outcome(await pull(p))).toEqual([
      `down failed: ${server.url.slice(7)} kept failing (HTTP 500, 3 attempts) | fix: the service is having trouble: run the pull again later`,
      'projects +1 ~0',
    ]);
    expect(server.requests.filter((r) => r.path === '/down.json')).toHaveLength(3);
  });

  it('reports a timeout, an answer that is not JSON and a pointer to nothing', async () => {
    server.routes = {
      '/slow.json': { delayMs: 1_500, body: { stats: { projects: 1 } } },
      '/page.json': { body: '<!doctype html><html><body>Sign in</body></html>', headers: { 'content-type': 'text/html' } },
      '/stats.json': { body: { stats: { other: 1 } } },
    };
    const p = project({
      'slow.yaml': metric('/slow.json'), 'slow.csv': 'date,value\n',
      'page.yaml': metric('/page.json'), 'page.csv': 'date,value\n',
      'projects.yaml': metric(), 'projects.csv': 'date,value\n',
    });
    const before = p.snapshot();
    expect(outcome(await pull(p))).toEqual([
      `page failed: ${server.url.slice(7)} answered with something that is not JSON (text/html, 48 bytes) | fix: check that api: or url: points at the API (for GitHub Enterprise, https://<host>/api/v3), not at a web page`,
      'projects failed: nothing at /stats/projects in the answer (an object with 1 key) | fix: point pointer: at a number in the answer: open the URL in a browser and follow the keys, like /stats/total',
      `slow failed: no answer from ${server.url.slice(7)} within 300 ms (tried 3 times) | fix: check the address (api: or url:) and that this machine can reach it, then run the pull again`,
    ]);
    expect(p.snapshot()).toEqual(before);
  });

  it('reads rate-limit headers and Link headers as the RFCs write them', () => {
    const at = new Date('2026-11-25T12:00:00Z');
    expect(rateLimitReset(429, new Headers({ 'retry-after': '30' }), at)).toEqual(new Date('2026-11-25T12:00:30Z'));
    expect(rateLimitReset(503, new Headers({ 'retry-after': 'Wed, 25 Nov 2026 12:05:00 GMT' }), at)).toBeUndefined();
    expect(rateLimitReset(429, new Headers({ 'retry-after': 'Wed, 25 Nov 2026 12:05:00 GMT' }), at)).toEqual(new Date('2026-11-25T12:05:00Z'));
    expect(rateLimitReset(403, new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795608000' }), at)).toEqual(new Date('2026-11-25T12:00:00Z'));
    expect(rateLimitReset(403, new Headers({ 'x-ratelimit-remaining': '12' }), at)).toBeUndefined();
    expect(nextLink('<https://x/a?page=1>; rel="prev", <https://x/a?page=3>; rel="next", <https://x/a?page=9>; rel="last"')).toBe('https://x/a?page=3');
    expect(nextLink('<https://x/a?page=9>; rel="last"')).toBeUndefined();
  });
});

describe('npm, pypi, discourse and http-json', () => {
  /** Daily downloads for the range in the path: `n` per day. */
  const npmRange = (n: number) => ({ path }: { path: string }) => {
    const [start, end] = /range\/([\d-]+):([\d-]+)\//.exec(path)!.slice(1) as [string, string];
    const downloads = [];
    for (let d = new Date(`${start}T00:00:00Z`); d.toISOString().slice(0, 10) <= end; d = new Date(d.getTime() + 86_400_000)) downloads.push({ day: d.toISOString().slice(0, 10), downloads: n });
    return { body: { start, end, package: 'x', downloads } };
  };

  it('npm: sums daily downloads of several packages into the complete months after the last row', async () => {
    server.routes = { '/downloads/range/2026-10-01:2026-11-25/lumen-sdk': npmRange(10), '/downloads/range/2026-10-01:2026-11-25/@lumenstack/cli': npmRange(1) };
    const p = project({ 'sdk.yaml': definition('SDK downloads', 'sum', `type: npm\npackages: [lumen-sdk, '@lumenstack/cli']\napi: ${server.url}`), 'sdk.csv': 'date,value\n2026-09-30,100\n' });
    expect(outcome(await pull(p))).toEqual(['sdk +1 ~0']);
    expect(p.read('sdk.csv')).toBe('date,value\n2026-09-30,100\n2026-10-31,341\n');
  });

  it('pypi: downloads without mirrors, per week for a weekly metric', async () => {
    const data = ['2026-11-09', '2026-11-10', '2026-11-16', '2026-11-23'].flatMap((date) => [
      { category: 'with_mirrors', date, downloads: 1000 },
      { category: 'without_mirrors', date, downloads: 5 },
    ]);
    server.routes = { '/packages/lumen-sdk/overall?mirrors=false': { body: { data, package: 'lumen-sdk', type: 'overall_downloads' } } };
    const p = project({ 'py.yaml': definition('PyPI downloads', 'sum', `type: pypi\npackage: lumen-sdk\napi: ${server.url}`, 'cadence: weekly\n'), 'py.csv': 'date,value\n2026-11-08,3\n' });
    expect(outcome(await pull(p))).toEqual(['py +2 ~0']);
    // Weeks end on Sunday; the week of 23 Nov is not over on the 25th.
    expect(p.read('py.csv')).toBe('date,value\n2026-11-08,3\n2026-11-15,10\n2026-11-22,5\n');
  });

  it('discourse: topics per day from the admin report with the key, active users from about.json', async () => {
    server.routes = {
      '/admin/reports/topics.json': ({ headers }) =>
        headers['api-key'] === 'k3y' && headers['api-username'] === 'system'
          ? { body: { report: { type: 'topics', data: [{ x: '2026-10-01', y: 4 }, { x: '2026-10-20', y: 6 }, { x: '2026-11-02', y: 1 }] } } }
          : { status: 403, body: { errors: ['You are not permitted to view the requested resource.'] } },
      '/about.json': { body: { about: { stats: { active_users_30_days: 1234, topics_30_days: 50 } } } },
    };
    const p = project({
      'topics.yaml': definition('Topics', 'sum', `type: discourse\nurl: ${server.url}\nmeasure: topics\napiKey: FORUM_KEY\napiUser: FORUM_USER`), 'topics.csv': 'date,value\n2026-09-30,8\n',
      'mau.yaml': definition('Forum MAU', 'last', `type: discourse\nurl: ${server.url}\nmeasure: active-users`), 'mau.csv': 'date,value\n2026-10-31,1200\n',
    });
    expect(outcome(await pull(p, { env: { FORUM_KEY: 'k3y', FORUM_USER: 'system' } }))).toEqual(['mau +1 ~0', 'topics +1 ~0']);
    expect(p.read('topics.csv')).toBe('date,value\n2026-09-30,8\n2026-10-31,10\n');
    expect(p.read('mau.csv')).toBe('date,value\n2026-10-31,1200\n2026-11-25,1234\n');
    expect(server.requests.find((r) => r.path.startsWith('/admin'))!.path).toBe('/admin/reports/topics.json?start_date=2026-10-01&end_date=2026-11-25');
    const wrongKey = await pull(p, { only: 'topics', env: { FORUM_KEY: 'old', FORUM_USER: 'system' } });
    expect(wrongKey[0]!.error!.message).toBe(`${server.url.slice(7)} refused the credentials in FORUM_KEY (HTTP 403)`);
  });

  it('http-json: a JSON Pointer with escapes, a numeric string, a bearer token', async () => {
    server.routes = { '/api/stats.json': ({ headers }) => ({ body: headers.authorization === 'Bearer s' ? { 'a/b': [{ '~n': '4210' }] } : {} }) };
    const p = project({ 'n.yaml': definition('Subscribers', 'last', `type: http-json\nurl: ${server.url}/api/stats.json\npointer: /a~1b/0/~0n\ntoken: STATS`), 'n.csv': 'date,value\n' });
    expect(outcome(await pull(p, { env: { STATS: 's' } }))).toEqual(['n +1 ~0']);
    expect(p.read('n.csv')).toBe('date,value\n2026-11-25,4210\n');
  });
});
