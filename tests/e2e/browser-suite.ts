/**
 * The browser suite, run once at `/` (site.test.ts) and once under a base path
 * (base-path.test.ts): builds the sample wiki, serves it with the headers of
 * `public/_headers` (strict CSP included) and drives Debian's Chromium through every
 * page. Without Chromium the suite skips, loudly, except under CI=true, where it fails.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { htmlFiles, pageUrlPath } from '../../src/lib/link-check.ts';
import { normalizeBase } from '../../src/lib/urls.ts';
import { buildSite } from '../helpers/build-site.ts';
import { siteHeaders } from '../helpers/headers-file.ts';
import { axeViolations, headingProblems, imageProblems, loosePunctuation, overflowProblems } from '../helpers/page-audit.ts';

const root = path.resolve(import.meta.dirname, '../..');
const desktop = { width: 1280, height: 900 };
const phone = { width: 375, height: 812 };
/** The pages photographed into screenshots/ (git-ignored) for people to look at. */
const screenshotPages = ['', 'programs/', 'recaps/', 'roadbook/', 'meetings/', 'team/'];
const darkBackground = 'rgb(19, 21, 25)';
const lightBackground = 'rgb(251, 250, 248)';

/** Everything a page did that a reader would not want: errors, failed or foreign requests. */
function watch(page: Page, origin: string) {
  let problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // The next navigation aborts what the last page was still fetching (the tab's icon, loaded
    // after 'load'): that is the test moving on, not the page failing. A file that is really
    // missing answers 404 (below); one the policy blocks fails with ERR_BLOCKED_BY_CSP.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && new URL(request.url()).origin === origin) return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    /** The problems since the last call. */
    take(): string[] {
      const taken = problems;
      problems = [];
      return taken;
    },
  };
}

/** Collects CSP violations as the page reports them (init scripts are not subject to the CSP). */
const recordCspViolations = () => {
  const store = window as unknown as { cspViolations: string[] };
  store.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    store.cspViolations.push(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
  });
};

/**
 * The first page of each template: `programs/x/` and `programs/y/` share one, a recap
 * year (`recaps/2026/`) and a recap (`recaps/<id>/`) do not.
 */
export function onePagePerTemplate(pages: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const page of pages) {
    const [section = '', second, ...rest] = page.split('/').filter(Boolean);
    const kind = second === undefined ? '' : /^\d{4}$/.test(second) ? 'year' : /^\d+$/.test(second) ? 'page' : '*';
    const key = [section, kind, rest.length].join('/');
    if (!seen.has(key)) seen.set(key, page);
  }
  return [...seen.values()];
}

/** Declares the whole browser suite for the sample wiki built and served under `base`. */
export function browserSuite(base: string): void {
  const prefix = normalizeBase(base);
  const title = `the sample wiki in Chromium at ${prefix}`;

  if (!hasChromium()) {
    const message = `\n${'!'.repeat(78)}\n  BROWSER TESTS SKIPPED: no Chromium at ${chromiumPath()}.\n  Install Debian's chromium (apt-get install chromium) or set CHROME_PATH.\n${'!'.repeat(78)}\n`;
    if (process.env.CI === 'true') {
      describe(title, () => it('finds Chromium (required under CI=true)', () => expect.fail(message)));
    } else {
      console.warn(message);
      describe.skip(title, () => it('needs Chromium', () => {}));
    }
    return;
  }

  // Built while the suite is collected, so every page gets a test of its own.
  const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-e2e-')), 'dist');
  const build = buildSite({ base: prefix, outDir, env: { WIKI_CACHE_DIR: path.join(path.dirname(outDir), 'cache') } });
  const pages = build.ok ? htmlFiles(outDir).map((file) => pageUrlPath(prefix, file).slice(prefix.length)) : [];
  const headers = siteHeaders(path.join(root, 'public/_headers'));

  describe(title, () => {
    let server: StaticServer;
    let browser: Browser;
    let strictPage: Page;
    let auditPage: Page;
    let strictLog: ReturnType<typeof watch>;

    beforeAll(async () => {
      if (!build.ok) return;
      server = await startStaticServer(outDir, prefix, headers);
      browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
      // Pages load as deployed, under the CSP, at desktop width...
      const strict = await browser.newContext({ viewport: desktop });
      await strict.addInitScript(recordCspViolations);
      strictPage = await strict.newPage();
      strictLog = watch(strictPage, new URL(server.url).origin);
      // ...and again at phone width for axe, whose injected script the CSP would block.
      const audit = await browser.newContext({ viewport: phone, bypassCSP: true });
      auditPage = await audit.newPage();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      rmSync(path.dirname(outDir), { recursive: true, force: true });
    });

    it('builds', () => {
      expect(build.output).not.toMatch(/Build failed/);
      expect(build.ok).toBe(true);
      expect(pages.length).toBeGreaterThan(50);
    });

    it('is served with the strict Content-Security-Policy of public/_headers', () => {
      const csp = headers['Content-Security-Policy'];
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/unsafe-inline/);
    });

    describe('every page', () => {
      it.each(pages)('%s', async (page) => {
        const url = server.url + page;
        const problems: string[] = [];

        const response = await strictPage.goto(url, { waitUntil: 'load' });
        if (response?.status() !== 200) problems.push(`status ${response?.status()}`);
        problems.push(...strictLog.take());
        problems.push(...(await strictPage.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)));
        const robots = await strictPage.locator('meta[name="robots"]').getAttribute('content');
        if (!robots?.includes('noindex')) problems.push(`robots meta is "${robots}", not noindex`);
        problems.push(...(await headingProblems(strictPage)), ...(await imageProblems(strictPage)));

        // The audit (axe in both schemes, overflow, punctuation) runs once, at the root: a base
        // path changes every URL but no markup or layout, and the audit is most of this suite's
        // time. Under /devrel/ every page still loads under the CSP with all it links to.
        if (prefix === '/') {
          await auditPage.emulateMedia({ colorScheme: 'light' });
          await auditPage.goto(url, { waitUntil: 'load' });
          problems.push(...(await overflowProblems(auditPage)), ...(await loosePunctuation(auditPage)));
          problems.push(...(await axeViolations(auditPage)).map((v) => `light: ${v}`));
          await auditPage.emulateMedia({ colorScheme: 'dark' });
          problems.push(...(await axeViolations(auditPage)).map((v) => `dark: ${v}`));
        }

        expect(problems, problems.join('\n')).toEqual([]);
      });
    });

    // axe runs on every page at phone width above; layouts change at desktop width
    // (side columns, tables, the header menu), so one page of each kind runs there too
    // (once: the base path changes no layout).
    describe.runIf(prefix === '/')('at desktop width, one page of each kind', () => {
      it.each(onePagePerTemplate(pages))('%s', async (page) => {
        const context = await browser.newContext({ viewport: desktop, bypassCSP: true });
        try {
          const desktopPage = await context.newPage();
          const problems: string[] = [];
          for (const colorScheme of ['light', 'dark'] as const) {
            await desktopPage.emulateMedia({ colorScheme });
            await desktopPage.goto(server.url + page, { waitUntil: 'load' });
            problems.push(...(await axeViolations(desktopPage)).map((v) => `${colorScheme}: ${v}`));
          }
          expect(problems, problems.join('\n')).toEqual([]);
        } finally {
          await context.close();
        }
      });
    });

    describe('behaviour', () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await browser.newContext({ viewport: desktop, colorScheme: 'light' });
        page = await context.newPage();
      });
      afterAll(() => context?.close());

      const focused = () => page.evaluate(() => {
        const element = document.activeElement;
        return {
          tag: element?.tagName.toLowerCase(), id: element?.id, className: element?.className, text: element?.textContent?.trim(),
          inNav: !!element?.closest('nav[aria-label="Main"]'), inMain: !!element?.closest('main'),
        };
      });

      it('lets keyboard users skip to the content, and reach the menu', async () => {
        await page.goto(server.url);
        await page.keyboard.press('Tab');
        expect(await focused()).toMatchObject({ tag: 'a', className: 'skip-link', text: 'Skip to content' });
        await page.keyboard.press('Enter');
        expect(await focused()).toMatchObject({ tag: 'main', id: 'main' });
        await page.keyboard.press('Tab');
        expect((await focused()).inMain).toBe(true);

        await page.goto(server.url + 'programs/');
        let reachedMenu = false;
        for (let presses = 0; presses < 8 && !reachedMenu; presses++) {
          await page.keyboard.press('Tab');
          reachedMenu = (await focused()).inNav;
        }
        expect(reachedMenu, 'Tab reaches the main menu within a few presses').toBe(true);
      });

      it('follows the system theme until the reader picks one, and remembers it', async () => {
        const darkContext = await browser.newContext({ viewport: desktop, colorScheme: 'dark' });
        const darkPage = await darkContext.newPage();
        const background = () => darkPage.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        const theme = () => darkPage.locator('html').getAttribute('data-theme');
        const toggle = darkPage.locator('[data-theme-toggle]');
        try {
          await darkPage.goto(server.url);
          expect(await theme()).toBeNull();
          expect(await background()).toBe(darkBackground);
          expect(await toggle.isVisible()).toBe(true);
          expect(await toggle.getAttribute('aria-pressed')).toBe('true');
          await darkPage.emulateMedia({ colorScheme: 'light' });
          expect(await background()).toBe(lightBackground);
          await darkPage.emulateMedia({ colorScheme: 'dark' });

          await toggle.click();
          expect(await theme()).toBe('light');
          expect(await toggle.getAttribute('aria-pressed')).toBe('false');
          expect(await background()).toBe(lightBackground);
          // The browser bar follows the choice, not the system.
          const barColour = () => darkPage.evaluate(() => [...document.querySelectorAll('meta[name="theme-color"]')].find((m) => matchMedia(m.getAttribute('media') ?? 'all').matches)?.getAttribute('content'));
          expect(await barColour()).toBe('#fbfaf8');

          await darkPage.goto(server.url + 'programs/');
          expect(await theme()).toBe('light');
          expect(await background()).toBe(lightBackground);
          await toggle.click();
          await darkPage.reload();
          expect(await theme()).toBe('dark');
          await darkPage.emulateMedia({ colorScheme: 'light' });
          expect(await background(), 'a chosen dark theme wins over a light system').toBe(darkBackground);
          expect(await barColour(), 'and so does the browser bar').toBe('#131519');
        } finally {
          await darkContext.close();
        }
      });

      it('without JavaScript, hides the toggle and still follows the system', async () => {
        const noScript = await browser.newContext({ viewport: desktop, colorScheme: 'dark', javaScriptEnabled: false });
        try {
          const plain = await noScript.newPage();
          await plain.goto(server.url);
          expect(await plain.locator('[data-theme-toggle]').isVisible()).toBe(false);
          expect(await plain.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(darkBackground);
        } finally {
          await noScript.close();
        }
      });

      it('prints the roadbook without navigation', async () => {
        await page.goto(server.url + 'roadbook/print/');
        await page.emulateMedia({ media: 'print' });
        try {
          for (const selector of ['.skip-link', '.site-header', '.site-footer', '.breadcrumbs']) {
            expect(await page.locator(selector).first().isVisible(), `${selector} hidden in print`).toBe(false);
          }
          expect(await page.locator('main h1').first().isVisible()).toBe(true);
          expect((await page.locator('main').innerText()).length).toBeGreaterThan(2000);
          // A reader in dark mode still prints black on white.
          await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
          expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
        } finally {
          await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
        }
      });

      it("keeps a month digest's previous month on the left and next month on the right on a phone", async () => {
        await page.goto(server.url + 'digest/');
        const months = await page.locator('main a[href*="/digest/20"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
        try {
          const digest = await phone.newPage();
          // The second newest month has both a newer and an older one.
          await digest.goto(new URL(months[1]!, server.url).toString());
          const box = async (selector: string) => (await digest.locator(selector).boundingBox())!;
          const nav = await box('nav[aria-label="Other months"]');
          const older = await box('nav[aria-label="Other months"] a[rel="prev"]');
          const newer = await box('nav[aria-label="Other months"] a[rel="next"]');
          expect(Math.abs(older.x - nav.x)).toBeLessThan(1);
          expect(Math.abs(newer.x + newer.width - (nav.x + nav.width))).toBeLessThan(1);
          expect(newer.y, 'on the same row as the previous month').toBeLessThan(older.y + older.height);
        } finally {
          await phone.close();
        }
      });

      it('answers an unknown URL with the 404 page', async () => {
        const response = await page.goto(server.url + 'no-such-page/');
        expect(response?.status()).toBe(404);
        expect(await page.locator('h1').innerText()).toMatch(/isn.t here/);
        expect(await page.locator('main a').first().getAttribute('href')).toBe(prefix);
      });

      it('asks search engines to stay away (robots.txt)', async () => {
        const response = await page.goto(server.url + 'robots.txt');
        expect(response?.status()).toBe(200);
        expect(await response?.text()).toMatch(/^User-agent: \*\nDisallow: \/$/m);
      });

      it.runIf(prefix === '/')('saves screenshots of the main pages', async () => {
        const outDir = path.join(root, 'screenshots');
        mkdirSync(outDir, { recursive: true });
        for (const colorScheme of ['light', 'dark'] as const) {
          for (const [name, viewport] of Object.entries({ desktop, phone })) {
            const shots = await browser.newContext({ viewport, colorScheme });
            const shot = await shots.newPage();
            for (const target of screenshotPages) {
              await shot.goto(server.url + target);
              const file = `${target.replace(/\/$/, '').replace(/\//g, '_') || 'home'}-${name}-${colorScheme}.png`;
              await shot.screenshot({ path: path.join(outDir, file), fullPage: true });
            }
            await shots.close();
          }
        }
        expect(readFileSync(path.join(outDir, 'home-phone-dark.png')).length).toBeGreaterThan(1000);
      });
    });
  });
}
