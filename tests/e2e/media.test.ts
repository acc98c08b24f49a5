/**
 * Recordings and photos in a reader's browser, under /devrel/ with the host headers a
 * team deploys: the recap with a YouTube player requests nothing from another host until
 * the reader clicks play (every such request is recorded and aborted: none leaves the
 * machine), then shows the player's frame from youtube-nocookie.com, which the page's
 * CSP allows; the pages are axe-clean; and `npm run dev` serves every image a page uses,
 * at the same URLs as the build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeAstroLock } from '../helpers/astro-lock.ts';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { buildSite, fixedEpoch } from '../helpers/build-site.ts';
import { siteHeaders } from '../helpers/headers-file.ts';
import { mediaFixture, youtubeId } from '../helpers/media-fixture.ts';
import { axeViolations } from '../helpers/page-audit.ts';

const root = path.resolve(import.meta.dirname, '../..');
const requireChromium = process.env.CI === 'true';
const fixture = await mediaFixture();
const recapPath = 'recaps/2026-05-10-devday-lisbon/';

describe.skipIf(!hasChromium() && !requireChromium)('a recap with photos and a recording, in the browser', () => {
  const build = buildSite({ contentDir: fixture.dir, base: '/devrel/', env: { WIKI_CACHE_DIR: `${fixture.dir}-cache` } });
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    expect(build.ok, build.output).toBe(true);
    server = await startStaticServer(build.outDir, '/devrel/', siteHeaders(path.join(root, 'public/_headers')));
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks the video host for nothing until play is clicked, then shows its player', async () => {
    const page = await context.newPage();
    const origin = new URL(server.url).origin;
    const elsewhere: string[] = [];
    const violations: string[] = [];
    // Every request to another host is recorded and aborted: nothing leaves the machine.
    await page.route((url) => url.origin !== origin, (route) => {
      elsewhere.push(route.request().url());
      return route.abort();
    });
    page.on('console', (message) => {
      if (/Content-Security-Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}${recapPath}`, { waitUntil: 'load' });
    await page.locator('.video-file video').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(elsewhere).toEqual([]);
    // The photos came from the site itself, as WebP sizes.
    const loaded = await page.evaluate(() => [...document.images].filter((img) => img.complete && img.naturalWidth > 0).map((img) => img.currentSrc));
    expect(loaded.some((src) => /\/devrel\/img\/phone\.jpg\/\d+\.webp$/.test(src))).toBe(true);

    await page.getByRole('link', { name: 'Keynote: offline first in ten minutes Play' }).click();
    const frame = page.locator('figure.video iframe');
    await expect.poll(() => frame.getAttribute('src')).toBe(`https://www.youtube-nocookie.com/embed/${youtubeId}?autoplay=1&rel=0`);
    await expect.poll(() => elsewhere.some((url) => url.startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true);
    expect(elsewhere.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('without JavaScript, the play button is a link to the recording', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.route((url) => url.origin !== new URL(server.url).origin, (route) => route.abort());
    await page.goto(`${server.url}${recapPath}`);
    expect(await page.getByRole('link', { name: 'Keynote: offline first in ten minutes Play' }).getAttribute('href')).toBe(`https://www.youtube.com/watch?v=${youtubeId}`);
    await noScript.close();
  });

  it.each([recapPath, 'roadbook/publishing/', ''])('/devrel/%s is axe-clean in light and dark', async (sitePath) => {
    const audit = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await audit.newPage();
    await page.route((url) => url.origin !== new URL(server.url).origin, (route) => route.abort());
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.url}${sitePath}`);
      expect(await axeViolations(page), `${scheme}`).toEqual([]);
    }
    await audit.close();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('npm run dev', () => {
  let dev: ChildProcess;
  let releaseAstro: (() => void) | undefined;
  let origin = '';
  let log = '';

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: fixedEpoch, WIKI_CONTENT_DIR: fixture.dir, WIKI_CACHE_DIR: `${fixture.dir}-dev-cache`, BASE_PATH: '/devrel/' };
    // See dev-preview.test.ts: vitest's variables would change how Astro's dev server runs.
    for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
    for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
    // One Astro at a time in this checkout (astro-lock.ts), held until the server stops.
    releaseAstro = await takeAstroLock();
    dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], { cwd: root, env });
    dev.stdout!.on('data', (chunk) => (log += chunk));
    dev.stderr!.on('data', (chunk) => (log += chunk));
    for (let tries = 0; tries < 180; tries++) {
      if (dev.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
      const status = await fetch(`${origin}/devrel/`).then((r) => r.status, () => 0);
      if (status === 200) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`astro dev did not answer:\n${log}`);
  });
  afterAll(async () => {
    try {
      if (!dev || dev.exitCode !== null) return;
      const exited = new Promise((resolve) => dev.once('exit', resolve));
      dev.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (dev.exitCode === null && dev.signalCode === null) dev.kill('SIGKILL');
    } finally {
      releaseAstro?.();
    }
  });

  it('serves every photo, size and video the recap uses, at the build\'s URLs, without their metadata', async () => {
    const html = await (await fetch(`${origin}/devrel/${recapPath}`)).text();
    const urls = new Set<string>();
    for (const match of html.matchAll(/\s(?:src|poster)="([^"]+)"/g)) if (/^\/devrel\/(images|img|videos)\//.test(match[1]!)) urls.add(match[1]!);
    for (const match of html.matchAll(/\ssrcset="([^"]+)"/g)) for (const candidate of match[1]!.split(', ')) urls.add(candidate.split(' ')[0]!);
    expect(urls).toContain('/devrel/images/phone.jpg');
    expect(urls).toContain('/devrel/img/phone.jpg/640.webp');
    expect(urls).toContain('/devrel/videos/clip.mp4');
    const answers = await Promise.all([...urls].map(async (url) => {
      const response = await fetch(`${origin}${url}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      return `${url} ${response.status} ${response.headers.get('content-type')} ${bytes.includes(Buffer.from('Exif\0\0', 'latin1')) ? 'EXIF' : 'clean'}`;
    }));
    for (const answer of answers) expect(answer).toMatch(/ 200 (image\/(jpeg|png|webp)|video\/mp4) clean$/);
  });
});
