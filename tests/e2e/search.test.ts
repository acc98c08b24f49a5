/**
 * Site search in a real browser (headless Chromium): a word from one recap's body finds
 * that recap first, a filter narrows the results, Enter opens the best match, the URL
 * holds the query, and pages that are never searched load no search code. Runs at `/`
 * and under BASE_PATH=/devrel/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { buildSite } from '../helpers/build-site.ts';
import { siteHeaders } from '../helpers/headers-file.ts';
import { axeViolations, overflowProblems } from '../helpers/page-audit.ts';
import { openSearchProblems } from '../helpers/search-audit.ts';

const root = path.resolve(import.meta.dirname, '../..');
/** A word that appears in the body of exactly one sample recap (checked below). */
const uniqueWord = 'stricter';
const uniqueRecap = 'content/recaps/2026/2026-03-23-kubecon-eu-amsterdam.mdx';
const recapPath = 'recaps/2026-03-23-kubecon-eu-amsterdam/';

/**
 * Results arrive once Pagefind and its index have loaded: well under a second alone, but
 * vitest's default of one second is too short on a busy 2-core machine running every suite.
 */
const slow = { timeout: 10_000 };

const available = hasChromium();
if (!available) {
  const message = `\n${'!'.repeat(78)}\n  SEARCH BROWSER TESTS SKIPPED: no Chromium at ${chromiumPath()}.\n  Install Debian's chromium (apt-get install chromium) or set CHROME_PATH.\n${'!'.repeat(78)}\n`;
  if (process.env.CI === 'true') describe('search in the browser', () => it('finds Chromium (required under CI=true)', () => expect.fail(message)));
  else console.warn(message);
}

describe.skipIf(!available).each([
  { base: '/' },
  { base: '/devrel/' },
])('search in the browser under $base', ({ base }) => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  /** Console errors, script errors and CSP violations (the site is served with its real CSP). */
  const problems: string[] = [];

  beforeAll(async () => {
    const build = buildSite({ base });
    expect(build.ok, build.output).toBe(true);
    server = await startStaticServer(build.outDir, base, siteHeaders(path.join(root, 'public/_headers')));
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const results = () => page.locator('[data-search-results] > li');
  const resultLinks = () => page.locator('[data-search-results] > li > a');

  it('uses a word that only one sample recap contains', () => {
    expect(readFileSync(path.join(root, uniqueRecap), 'utf8').toLowerCase()).toContain(uniqueWord);
  });

  it('loads no search code on a page until the reader searches', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) scripts.push(request.url()); });
    await page.goto(server.url + recapPath);
    expect(scripts.filter((url) => url.includes('pagefind'))).toEqual([]);
    page.removeAllListeners('request');
  });

  it('goes from the header box to /search/?q=… and shows the one recap with that word first', async () => {
    await page.goto(server.url + recapPath);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type(uniqueWord);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=stricter/);
    expect(new URL(page.url()).pathname).toBe(`${base}search/`);
    await expect.poll(() => results().count(), slow).toBeGreaterThan(0);
    expect(await resultLinks().first().getAttribute('href')).toBe(base + recapPath);
    const first = results().first();
    expect(await first.locator('.badge').textContent()).toBe('Recap');
    expect(await first.textContent()).toContain('KubeCon + CloudNativeCon Europe 2026');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2026-03-23');
    expect(await first.locator('mark').first().textContent()).toMatch(new RegExp(uniqueWord, 'i'));
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/\d+ results? for “stricter”/);
  });

  it('narrows results with a filter and keeps the URL in sync', async () => {
    await page.goto(`${server.url}search/?q=kubecon`);
    await expect.poll(() => results().count(), slow).toBeGreaterThan(1);
    // Excerpts start with the page's own words, not the "Event recap" label above its title.
    expect(await results().first().locator('.result-excerpt').textContent()).toMatch(/^KubeCon/);
    const before = await results().count();
    const types = await page.locator('[data-search-results] .badge').allTextContents();
    expect(new Set(types).size).toBeGreaterThan(1);
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Recap/ }).check();
    await expect.poll(async () => new Set(await page.locator('[data-search-results] .badge').allTextContents()), slow).toEqual(new Set(['Recap']));
    expect(await results().count()).toBeLessThan(before);
    expect(page.url()).toContain('type=Recap');
    await page.reload();
    await expect.poll(async () => new Set(await page.locator('[data-search-results] .badge').allTextContents()), slow).toEqual(new Set(['Recap']));
    expect(await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Recap/ }).isChecked()).toBe(true);
  });

  it('opens the first result on Enter', async () => {
    await page.goto(`${server.url}search/`);
    await page.getByLabel('Search for').fill(uniqueWord);
    await expect.poll(() => results().count(), slow).toBeGreaterThan(0);
    await page.getByLabel('Search for').press('Enter');
    await page.waitForURL(server.url + recapPath);
    expect(await page.locator('h1').textContent()).toMatch(/KubeCon Europe 2026/);
  });

  it('shows results and filters accessibly, and fits a 375px phone', async () => {
    // axe is injected as an inline script, which the real CSP (rightly) blocks.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 812 } });
    try {
      const phone = await context.newPage();
      await phone.goto(`${server.url}search/?q=kubecon&type=Recap`);
      await expect.poll(() => phone.locator('[data-search-results] > li').count(), slow).toBeGreaterThan(0);
      await phone.locator('[data-search-filters-wrap] summary').click();
      expect(await axeViolations(phone)).toEqual([]);
      expect(await overflowProblems(phone)).toEqual([]);
      await phone.goto(server.url + recapPath);
      expect(await overflowProblems(phone)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  describe('results as you type under the header box', () => {
    const box = () => page.locator('#site-search-q');
    const options = () => page.locator('#site-search-results [role="option"]');

    it('loads Pagefind only once the reader types, and lists the one recap with the word first without leaving the page', async () => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      try {
        await page.goto(server.url + 'roadbook/');
        await page.keyboard.press('Control+k');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
        expect(await box().getAttribute('role')).toBe('combobox');
        expect(requested.filter((url) => url.includes('pagefind')), 'focusing loads nothing').toEqual([]);
        await page.keyboard.type(uniqueWord);
        await expect.poll(() => options().count(), slow).toBeGreaterThan(0);
        expect(requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
      } finally {
        page.removeAllListeners('request');
      }
      expect(new URL(page.url()).pathname).toBe(`${base}roadbook/`);
      expect(await box().getAttribute('aria-expanded')).toBe('true');
      const first = options().first();
      expect(await first.getAttribute('href')).toBe(base + recapPath);
      expect(await first.locator('.badge').textContent()).toBe('Recap');
      expect(await first.locator('time').getAttribute('datetime')).toBe('2026-03-23');
      expect(await first.textContent()).toContain('Conference and meetup circuit');
      expect(await page.locator('#site-search-results mark').first().textContent()).toMatch(new RegExp(uniqueWord, 'i'));
      expect(await page.locator('[data-search-announce]').textContent()).toMatch(/^\d+ results? for “stricter”/);
      // The matching section of the page, as a sub-result with its heading's anchor.
      expect(await page.locator('#site-search-results .sub').first().getAttribute('href')).toMatch(new RegExp(`^${base}recaps/2026-03-23-kubecon-eu-amsterdam/#`));
      expect(await page.locator('.search-all').getAttribute('href')).toBe(`${base}search/?q=${uniqueWord}`);
      expect(await page.locator('.search-more a', { hasText: /^Recap \(/ }).getAttribute('href')).toBe(`${base}search/?q=${uniqueWord}&type=Recap`);
    });

    it('moves with the arrow keys, keeps focus in the box, closes on Escape and opens the chosen page on Enter', async () => {
      await page.goto(server.url + 'team/');
      await box().click();
      await page.keyboard.type(uniqueWord);
      await expect.poll(() => options().count(), slow).toBeGreaterThan(1);
      await page.keyboard.press('ArrowDown');
      expect(await box().getAttribute('aria-activedescendant')).toBe(await options().first().getAttribute('id'));
      await page.keyboard.press('ArrowDown');
      expect(await box().getAttribute('aria-activedescendant')).toBe(await options().nth(1).getAttribute('id'));
      expect(await options().nth(1).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
      await page.keyboard.press('Escape');
      expect(await box().getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('[data-search-panel]').isVisible()).toBe(false);
      expect(await box().inputValue()).toBe(uniqueWord);
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('[data-search-panel]').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(server.url + recapPath);
      expect(await page.locator('h1').textContent()).toMatch(/KubeCon Europe 2026/);
    });

    it('is accessible open, in light and dark, on a desktop and a 375px phone', async () => {
      const search = { url: server.url + recapPath, word: 'kubecon', minResults: 3 };
      expect(await openSearchProblems(browser, search, [{ width: 1280, height: 900 }, { width: 375, height: 812 }])).toEqual([]);
    });

    it('without JavaScript, still submits to /search/', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const plain = await context.newPage();
        await plain.goto(server.url + recapPath);
        await plain.locator('#site-search-q').fill(uniqueWord);
        await plain.locator('#site-search-q').press('Enter');
        await plain.waitForURL(`${server.url}search/?q=${uniqueWord}`);
        expect(await plain.locator('#site-search-q').getAttribute('role')).toBeNull();
      } finally {
        await context.close();
      }
    });
  });

  it('did all of it without a script error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
