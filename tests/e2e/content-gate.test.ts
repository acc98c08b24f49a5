/**
 * What a reader's browser does with content pages when the site is served with no
 * headers at all (GitHub Pages, a file share): every construct the content gate allows
 * renders, with no Content-Security-Policy violation and no request to another host,
 * and the policy each page carries in its <meta> still blocks a script or an image from
 * elsewhere that found its way into a page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { htmlFiles, pageUrlPath } from '../../src/lib/link-check.ts';
import { buildSite } from '../helpers/build-site.ts';
import { axeViolations } from '../helpers/page-audit.ts';

const root = path.resolve(import.meta.dirname, '../..');
const requireChromium = process.env.CI === 'true';

describe.skipIf(!hasChromium() && !requireChromium)('content pages served with no headers', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-gate-e2e-'));
  const content = path.join(work, 'content');
  cpSync(path.join(root, 'tests/fixtures/good-content'), content, { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/allowed-bodies'), content, { recursive: true });
  const outDir = path.join(work, 'dist');
  const build = buildSite({ contentDir: content, outDir, env: { WIKI_CACHE_DIR: path.join(work, 'cache') } });
  const pages = build.ok ? htmlFiles(outDir).map((file) => pageUrlPath('/', file).slice(1)) : [];

  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let seen: string[] = [];

  beforeAll(async () => {
    if (!build.ok) return;
    // No headers: the page's own <meta> policy is the only one.
    server = await startStaticServer(outDir, '/', {});
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const store = window as unknown as { violations: string[] };
      store.violations = [];
      document.addEventListener('securitypolicyviolation', (event) => store.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`));
    });
    page = await context.newPage();
    const origin = new URL(server.url).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) seen.push(`request to another origin: ${url}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') seen.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => seen.push(`script error: ${error.message}`));
    // A same-origin request aborted by the next navigation (the favicon) is not a problem.
    page.on('requestfailed', (request) => {
      if (new URL(request.url()).origin !== origin) seen.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

  it('builds the fixture that uses every allowed construct', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('gives every page its policy in a <meta>, first thing a browser can apply', () => {
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(meta, file).toMatch(/default-src 'self'/);
      expect(meta, file).toMatch(/script-src 'self'/);
      expect(meta, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      // Everything authors write is in <body>, after the policy.
      expect(html.indexOf('content-security-policy'), file).toBeLessThan(html.indexOf('<body'));
    }
  });

  it('renders every page with no policy violation, no error and no request to another host', async () => {
    const problems: string[] = [];
    for (const pagePath of pages) {
      seen = [];
      const response = await page.goto(server.url + pagePath, { waitUntil: 'load' });
      if (response?.status() !== 200) problems.push(`${pagePath}: status ${response?.status()}`);
      problems.push(...[...seen, ...(await violations())].map((p) => `${pagePath}: ${p}`));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('shows the callouts, the figure with its image, the table, details and kbd', async () => {
    await page.goto(`${server.url}programs/everything/`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('[role="note"].callout').count()).toBe(4);
    expect(await page.getByRole('note', { name: 'Tip: Book the room early' }).textContent()).toContain('four weeks');
    const figure = page.locator('figure.content-figure');
    expect(await figure.locator('figcaption').textContent()).toContain('Osaka Tech Day');
    await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    expect(await page.locator('.prose table td kbd').count()).toBe(2);
    await page.locator('.prose details summary').click();
    expect(await page.locator('.prose details').getAttribute('open')).not.toBeNull();
    const problems = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const context = await browser.newContext({ viewport: { width: 375, height: 812 }, bypassCSP: true, colorScheme });
      const audit = await context.newPage();
      for (const target of ['programs/everything/', 'recaps/2026-05-10-osaka-tech-day/', 'updates/2026-05-12-osaka/']) {
        await audit.goto(server.url + target, { waitUntil: 'load' });
        problems.push(...(await axeViolations(audit)).map((v) => `${colorScheme} ${target}: ${v}`));
      }
      await context.close();
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('shows a recap\'s internal parts marked as internal, and a .md page\'s HTML comment nowhere', async () => {
    await page.goto(`${server.url}recaps/2026-05-10-osaka-tech-day/`, { waitUntil: 'load' });
    expect(await page.locator('[data-internal]').count()).toBe(2);
    expect(await page.getByRole('note', { name: 'Internal only: partner under NDA' }).textContent()).toContain('joint workshop');
    const update = readFileSync(path.join(outDir, 'updates/2026-05-12-osaka/index.html'), 'utf8');
    expect(update).not.toContain('A note for other authors');
    expect(update).toContain('<kbd>15</kbd>');
  });

  it('blocks a script and an image from elsewhere that got into a page, by the page\'s own policy', async () => {
    const file = path.join(outDir, 'programs/everything/index.html');
    const html = readFileSync(file, 'utf8');
    writeFileSync(file, html.replace('</main>', '<script>window.ran = true</script><img src="https://tracker.example.com/pixel.png" alt=""></main>'));
    try {
      seen = [];
      await page.goto(`${server.url}programs/everything/`, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
      const blocked = await violations();
      expect(blocked.some((v) => v.startsWith('script-src'))).toBe(true);
      expect(blocked.some((v) => v.startsWith('img-src') && v.includes('tracker.example.com'))).toBe(true);
      // The browser refuses the request itself: nothing reaches the other host.
      expect(seen, seen.join('\n')).toContain('failed: https://tracker.example.com/pixel.png (csp)');
    } finally {
      writeFileSync(file, html);
    }
  });
});
