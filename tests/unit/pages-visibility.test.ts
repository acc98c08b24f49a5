/**
 * The deploy workflow's gate before GitHub Pages: an internal wiki (the default) is
 * published only when GitHub reports the Pages site private or the maintainers' variable
 * WIKI_PAGES_PRIVATE says an access proxy guards it; public, unknown, unreadable or
 * missing Pages refuse with what to do. The script runs against a local listener in
 * place of GitHub's API, which records the token it was sent and to which path.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagesDecision } from '../../src/lib/deploy/pages-visibility.ts';
import { projectRoot } from '../helpers/metric-project.ts';
import { startReplayServer, type ReplayServer } from '../helpers/replay-server.ts';

describe('pagesDecision', () => {
  const site = (visible: boolean | undefined) => ({ kind: 'site' as const, public: visible });
  it('publishes a public wiki, a private Pages site, or with the maintainers\' override', () => {
    expect(pagesDecision(true, undefined, site(true)).publish).toBe(true);
    expect(pagesDecision(false, undefined, site(false)).publish).toBe(true);
    expect(pagesDecision(false, 'true', site(true)).publish).toBe(true);
    expect(pagesDecision(false, ' TRUE ', { kind: 'failed', why: 'no answer' }).publish).toBe(true);
  });
  it('refuses an internal wiki on public, unknown, unreadable or missing Pages, and a mistyped override', () => {
    for (const pages of [site(true), site(undefined), { kind: 'not-found' as const }, { kind: 'failed' as const, why: 'HTTP 500' }]) {
      const decision = pagesDecision(false, undefined, pages);
      expect(decision.publish).toBe(false);
      expect(decision.message).toMatch(/^Not published: content\/site\.yaml does not say public: true, and /);
      expect(decision.message).toContain('WIKI_PAGES_PRIVATE to true');
    }
    expect(pagesDecision(false, 'yes', site(false))).toMatchObject({ publish: false, message: expect.stringMatching(/^The repository variable WIKI_PAGES_PRIVATE must be true or false/) });
    expect(pagesDecision(false, 'false', site(true)).publish).toBe(false);
  });
});

describe('scripts/pages-visibility.ts', () => {
  let api: ReplayServer;
  let root: string;
  beforeAll(async () => {
    api = await startReplayServer({});
    root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-pages-'));
    cpSync(path.join(projectRoot, 'tests/fixtures/good-content'), path.join(root, 'content'), { recursive: true });
  });
  afterAll(async () => {
    await api.close();
    rmSync(root, { recursive: true, force: true });
  });

  async function gate(route: unknown, env: Record<string, string> = {}) {
    api.routes = { '/repos/acme/wiki/pages': route as never };
    api.requests.length = 0;
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(projectRoot, 'scripts/pages-visibility.ts')], {
        cwd: root,
        env: { ...process.env, WIKI_CONTENT_DIR: path.join(root, 'content'), GITHUB_REPOSITORY: 'acme/wiki', GITHUB_API_URL: api.url, GITHUB_TOKEN: 'ghs_deployToken', GITHUB_ACTIONS: 'true', WIKI_PAGES_PRIVATE: '', ...env },
      });
      return { status: 0, out: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { status: e.code, out: e.stdout + e.stderr };
    }
  }

  it('asks GitHub with the workflow token, publishes to private Pages and refuses public ones', async () => {
    const privately = await gate({ body: { status: 'built', public: false, html_url: 'https://acme.github.io/wiki/' } });
    expect(privately).toEqual({ status: 0, out: 'GitHub reports the Pages site as private (only people with access to the repository can read it). Publishing.\n' });
    expect(api.requests.map((r) => [r.path, r.headers.authorization])).toEqual([['/repos/acme/wiki/pages', 'Bearer ghs_deployToken']]);

    const publicly = await gate({ body: { status: 'built', public: true, html_url: 'https://acme.github.io/wiki/<secret-answer>' } });
    expect(publicly.status).toBe(1);
    expect(publicly.out).toContain('::error title=Not published::Not published: content/site.yaml does not say public: true, and GitHub reports the Pages site as public: anyone on the internet could read this internal wiki.\n');
    expect(publicly.out).toContain('Settings → Pages → Visibility → Private');
    expect(publicly.out).not.toContain('secret-answer');
  });

  it('refuses when Pages is not set up, the answer is an error or not JSON; the override publishes', async () => {
    expect((await gate({ status: 404, body: {} })).out).toContain('GitHub Pages is not set up for this repository yet');
    expect((await gate({ status: 403, body: { message: 'secret-answer' } })).out).toMatch(/could not be read \(HTTP 403; the workflow needs pages: read/);
    const html = await gate({ body: '<html>secret-answer</html>' });
    expect(html).toMatchObject({ status: 1, out: expect.stringContaining("GitHub's answer about the Pages site could not be read (it was not JSON)") });
    expect(html.out).not.toContain('secret-answer');
    expect(await gate({ body: { public: true } }, { WIKI_PAGES_PRIVATE: 'true' })).toMatchObject({ status: 0 });
  });

  it('publishes a public: true wiki without asking', async () => {
    const site = path.join(root, 'content/site.yaml');
    const before = readFileSync(site, 'utf8');
    writeFileSync(site, `${before.trimEnd()}\npublic: true\n`);
    try {
      expect(await gate({ body: { public: true } })).toEqual({ status: 0, out: 'content/site.yaml says public: true, so the wiki may be read by anyone: publishing.\n' });
      expect(api.requests).toEqual([]);
    } finally {
      writeFileSync(site, before);
    }
  });
});
