/**
 * `npm run dev` as an author uses it: a page in the browser, a file saved with a broken
 * frontmatter, then fixed. The preview must show the error (file:line, message, fix)
 * instead of the old page, on every page, and bring the page back by itself once the
 * file is fixed. It must also start when a file is already broken. Runs the real
 * `astro dev` on a copy of tests/fixtures/good-content, under the /devrel/ base path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeAstroLock } from '../helpers/astro-lock.ts';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.ts';
import { fixedEpoch } from '../helpers/build-site.ts';
import { axeViolations } from '../helpers/page-audit.ts';

const root = path.resolve(import.meta.dirname, '../..');
const recapFile = 'recaps/2026/2026-03-23-kubecon-eu.mdx';
const recapPage = 'recaps/2026-03-23-kubecon-eu/';
const pageTitle = 'KubeCon EU: 600 people at our booth';
/** How the file's place is written in the error, wherever the temporary folder is. */
const place = `${recapFile}:10:1`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Poll `check` every 100 ms until it returns a value, or fail after `ms` with the last reason. */
async function within<T>(ms: number, check: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const errorHeading = 'Fix 1 content error to see this page';

/**
 * How long a save may take to show. It takes well under a second on an idle machine
 * (0.2–0.5 s for the sample); the bound is generous because the whole test suite runs
 * beside it on two cores. Speed is measured by hand, not asserted: this test is about
 * the page changing by itself, without a reload or a restart.
 */
const settle = 15_000;

/** True when the tab's first heading is `text` (undefined while it is not, or while the tab reloads). */
async function headingIs(tab: Page, text: string): Promise<true | undefined> {
  return (await tab.locator('h1').first().textContent({ timeout: 250 }))?.trim() === text ? true : undefined;
}

/**
 * Open `target` once Vite's client is connected and the tab stays put, so it hears about
 * the next save. The reloads an earlier save set off (Astro's and ours) may still arrive
 * and would reload the tab under the test.
 */
async function openLive(tab: Page, target: string): Promise<void> {
  // Under load (the whole suite beside it on two cores) those reloads arrive for longer.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const connected = tab.waitForEvent('console', { predicate: (m) => m.text().includes('[vite] connected'), timeout: 10_000 });
    if (!(await tab.goto(target).then(() => true, () => false))) {
      connected.catch(() => {});
      continue;
    }
    await connected;
    if (!(await tab.waitForEvent('framenavigated', { timeout: 700 }).then(() => true, () => false))) return;
  }
  // Still reloading: go on. Whatever reload comes next shows the files as they are then,
  // which is what the tab must show by itself; the test's own checks poll for it.
}

describe('the dev preview shows content errors', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'devrel-dev-preview-'));
  const content = path.join(folder, 'content');
  cpSync(path.join(root, 'tests/fixtures/good-content'), content, { recursive: true });
  const file = path.join(content, recapFile);
  const good = readFileSync(file, 'utf8');
  const broken = good.replace('program: ambassadors', 'program: ambasadors');
  let server: ChildProcess;
  let releaseAstro: (() => void) | undefined;
  let log = '';
  let origin = '';
  let browser: Browser | undefined;
  let tab: Page | undefined;
  const url = (sitePath: string) => `${origin}/devrel/${sitePath}`;
  const get = async (sitePath: string) => {
    const response = await fetch(url(sitePath), { headers: { accept: 'text/html' } });
    return { status: response.status, text: await response.text(), type: response.headers.get('content-type') ?? '' };
  };

  beforeAll(async () => {
    // The author broke the file before starting the preview.
    writeFileSync(file, broken);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SOURCE_DATE_EPOCH: fixedEpoch,
      WIKI_CONTENT_DIR: content,
      WIKI_CACHE_DIR: path.join(folder, 'cache'),
      BASE_PATH: '/devrel/',
    };
    // Vite's variables leak in from vitest and would override the base (see scripts/build.ts);
    // with VITEST set, Astro's dev server leaves out its page handler, and NODE_ENV=test is vitest's.
    for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
    for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
    // One Astro at a time in this checkout (astro-lock.ts), held until the server stops.
    releaseAstro = await takeAstroLock();
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], { cwd: root, env });
    server.stdout!.on('data', (chunk) => (log += chunk));
    server.stderr!.on('data', (chunk) => (log += chunk));
    await within(90_000, async () => (server.exitCode !== null ? 'exited' : (await fetch(`${origin}/devrel/`)).status), 'the dev server answers');
    if (server.exitCode !== null) throw new Error(`astro dev exited (code ${server.exitCode}):\n${log}`);
    if (hasChromium()) {
      browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
      tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    } else if (process.env.CI === 'true') {
      throw new Error(`no Chromium at ${chromiumPath()} (required under CI=true)`);
    } else {
      console.warn(`\nDEV PREVIEW BROWSER CHECKS SKIPPED: no Chromium at ${chromiumPath()}.\n`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    try {
      if (!server || server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    } finally {
      releaseAstro?.();
    }
  });

  it('starts with a broken file, and shows its error (file:line, field, message, fix) with status 500', async () => {
    const page = await get(recapPage);
    expect(page.status, log).toBe(500);
    expect(page.type).toContain('text/html');
    expect(page.text).toContain(`<h1>${errorHeading}</h1>`);
    expect(page.text).toContain("In this page&#39;s file");
    expect(page.text).toContain(place);
    expect(page.text).toContain('unknown program &quot;ambasadors&quot;');
    expect(page.text).toContain('did you mean &quot;ambassadors&quot;?');
  });

  it('passes a strict Content-Security-Policy: no inline style or script', async () => {
    const { text } = await get(recapPage);
    expect(text).not.toMatch(/<style|\sstyle=/);
    for (const tag of text.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="\/[^/]/);
    expect((await fetch(url('__devrel-wiki/content-errors.css'))).headers.get('content-type')).toContain('text/css');
  });

  it('shows the errors on every other page, on a page that does not exist, and as text for a feed', async () => {
    for (const other of ['', 'programs/ambassadors/', 'no-such-page/']) {
      const page = await get(other);
      expect(page.status, other).toBe(500);
      expect(page.text, other).toContain('In the content files');
      expect(page.text, other).toContain(place);
    }
    const feed = await get('recaps/feed.xml');
    expect(feed.status).toBe(500);
    expect(feed.type).toContain('text/plain');
    expect(feed.text).toContain(`${place}  program  unknown program "ambasadors"  (did you mean "ambassadors"?)`);
  });

  it('is readable: WCAG 2.2 AA in Chromium, light and dark', async () => {
    if (!tab) return;
    await openLive(tab, url(recapPage));
    for (const scheme of ['light', 'dark'] as const) {
      await tab.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(tab), scheme).toEqual([]);
    }
    await tab.emulateMedia({ colorScheme: 'light' });
  });

  it('shows the page once the file is fixed: status 200, its content', async () => {
    writeFileSync(file, good);
    // The first page rendered after start-up compiles the site's modules, which takes a few
    // seconds on a busy machine; the time to recover is measured below, on a warm server.
    const page = await within(60_000, async () => {
      const answer = await get(recapPage);
      return answer.status === 200 ? answer : undefined;
    }, 'status 200 after the fix');
    expect(page.text).toContain(pageTitle);
    expect(page.text).toContain('We ran a booth and gave one talk.');
  });

  it('shows the error in the open tab, instead of the old page, after saving a broken file', async () => {
    if (tab) await openLive(tab, url(recapPage));
    writeFileSync(file, broken);
    if (tab) {
      await within(settle, () => headingIs(tab!, errorHeading), 'the error page in the open tab');
      expect(await tab.locator('.problem .where').first().textContent()).toContain(place);
    }
    const page = await within(settle, async () => {
      const answer = await get(recapPage);
      return answer.status === 500 ? answer : undefined;
    }, 'status 500');
    expect(page.text).toContain('unknown program &quot;ambasadors&quot;');
  });

  it('brings the page back after saving the fix, in the open tab without a reload or a restart', async () => {
    if (tab) await openLive(tab, url(recapPage));
    writeFileSync(file, good);
    if (tab) await within(settle, () => headingIs(tab!, pageTitle), 'the recap back in the open tab');
    const page = await within(settle, async () => {
      const answer = await get(recapPage);
      return answer.status === 200 ? answer : undefined;
    }, 'status 200');
    expect(page.text).toContain('We ran a booth and gave one talk.');
  });
});
