/**
 * The Japanese and Arabic fixture wikis in a real browser (headless Chromium), served with
 * the strict CSP: axe finds nothing on any page in light and dark, on a phone and a
 * desktop; nothing scrolls sideways when the layout mirrors; the scripts speak the
 * language (results as you type, the reader's own time, roadbook progress); and search as
 * you type finds a Japanese recap by a word in the middle of a sentence, which only works
 * because Pagefind's extended build cuts Japanese into words.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { htmlFiles, pageUrlPath } from '../../src/lib/link-check.ts';
import { buildSite } from '../helpers/build-site.ts';
import { siteHeaders } from '../helpers/headers-file.ts';
import { axeViolations, loosePunctuation, overflowProblems } from '../helpers/page-audit.ts';
import { openSearchProblems } from '../helpers/search-audit.ts';
import { onePagePerTemplate } from './browser-suite.ts';

const root = path.resolve(import.meta.dirname, '../..');
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
/** Results arrive once Pagefind and its index have loaded; slow on a busy machine. */
const slow = { timeout: 10_000 };

const available = hasChromium();
if (!available) {
  const message = `\n${'!'.repeat(78)}\n  LANGUAGE BROWSER TESTS SKIPPED: no Chromium at ${chromiumPath()}.\n  Install Debian's chromium (apt-get install chromium) or set CHROME_PATH.\n${'!'.repeat(78)}\n`;
  if (process.env.CI === 'true') describe('languages in the browser', () => it('finds Chromium (required under CI=true)', () => expect.fail(message)));
  else console.warn(message);
}

interface Fixture {
  name: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The page a reader searches from, and what the search box shows there. */
  search: { word: string; recap: string; count: RegExp; seeAll: string; type: string };
  meeting: { page: string; yourTime: RegExp };
  /** A chapter with three tasks, and its status once one is ticked. */
  roadbook: { page: string; progress: string };
}

const fixtures: Fixture[] = [
  {
    name: 'language-ja',
    lang: 'ja',
    dir: 'ltr',
    // 事例集 ("collection of case studies") sits inside "ミートアップで生まれた事例集を配りました"
    // with no space around it: unsegmented, that whole run is one word and 事例集 finds nothing.
    search: { word: '事例集', recap: 'recaps/2026-10-17-jsconf-jp/', count: /^「事例集」の検索結果が\d+件あります/, seeAll: 'すべての結果を見る', type: 'レポート' },
    meeting: { page: 'meetings/office-hours/', yourTime: /^あなたの時刻：/ },
    roadbook: { page: 'roadbook/first-week/', progress: 'タスク3件中1件完了' },
  },
  {
    name: 'language-ar',
    lang: 'ar',
    dir: 'rtl',
    search: { word: 'الواجهات', recap: 'recaps/2026-10-14-gitex-cairo/', count: /«الواجهات»/, seeAll: 'اعرض كل النتائج', type: 'تقرير' },
    meeting: { page: 'meetings/saat-maktabiya/', yourTime: /^بتوقيتك:/ },
    roadbook: { page: 'roadbook/al-usbu-al-awwal/', progress: 'أُنجز 1 من 3 مهام' },
  },
];

describe.skipIf(!available).each(fixtures)('the $name wiki in Chromium', (fixture) => {
  // Built while the suite is collected, so every page gets a test of its own.
  const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), `devrel-wiki-${fixture.lang}-`)), 'dist');
  const build = buildSite({ contentDir: path.join(root, 'tests/fixtures', fixture.name), outDir, env: { WIKI_CACHE_DIR: path.join(path.dirname(outDir), 'cache') } });
  const pages = build.ok ? htmlFiles(outDir).map((file) => pageUrlPath('/', file).slice(1)) : [];

  let server: StaticServer;
  let browser: Browser;
  /** Console errors, script errors and CSP violations on the pages loaded with the real CSP. */
  const problems: string[] = [];
  let page: Page;

  beforeAll(async () => {
    if (!build.ok) return;
    server = await startStaticServer(outDir, '/', siteHeaders(path.join(root, 'public/_headers')));
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    // A reader in Berlin, so the page's "your time" differs from the meeting's zone.
    page = await browser.newPage({ viewport: desktop, timezoneId: 'Europe/Berlin' });
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(path.dirname(outDir), { recursive: true, force: true });
  });

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
    expect(pages.length).toBeGreaterThan(25);
  });

  /**
   * axe in light and dark at `viewport`, then the page's layout checks: what a reader of
   * the language would meet on `target`.
   */
  async function audit(target: string, viewport: { width: number; height: number }, layout: (page: Page) => Promise<string[]>): Promise<string[]> {
    const context = await browser.newContext({ viewport, bypassCSP: true });
    try {
      const page = await context.newPage();
      const found: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(server.url + target, { waitUntil: 'load' });
        found.push(...(await axeViolations(page)).map((v) => `${colorScheme}: ${v}`));
      }
      return [...found, ...(await layout(page))];
    } finally {
      await context.close();
    }
  }

  // One page of each kind, as at desktop width: pages of a kind share their markup, and the
  // build test already checks lang, dir and the words of every page. (Every page took this
  // file 200 s of CI's time, most of it axe.)
  describe('one page of each kind at phone width, light and dark', () => {
    it.each(onePagePerTemplate(pages))('%s', async (target) => {
      const found = await audit(target, phone, async (page) => {
        const dir = await page.locator('html').getAttribute('dir');
        return [...(dir === fixture.dir ? [] : [`dir="${dir}"`]), ...(await overflowProblems(page)), ...(await loosePunctuation(page))];
      });
      expect(found, found.join('\n')).toEqual([]);
    });
  });

  describe('one page of each kind at desktop width, light and dark', () => {
    it.each(onePagePerTemplate(pages))('%s', async (target) => {
      const found = await audit(target, desktop, overflowProblems);
      expect(found, found.join('\n')).toEqual([]);
    });
  });

  it('searches as you type in the language: results, count, type and "See all results"', async () => {
    await page.goto(server.url + 'team/');
    await page.keyboard.press('/');
    await page.keyboard.type(fixture.search.word);
    const options = page.locator('#site-search-results [role="option"]');
    await expect.poll(() => options.count(), slow).toBeGreaterThan(0);
    expect(await options.first().getAttribute('href')).toBe(`/${fixture.search.recap}`);
    expect(await options.first().locator('.badge').textContent()).toBe(fixture.search.type);
    // The excerpt marks the word, or the dictionary words it is cut into (事例集 → 事例 + 集).
    expect(fixture.search.word).toContain(await page.locator('#site-search-results mark').first().textContent());
    expect(await page.locator('[data-search-announce]').textContent()).toMatch(fixture.search.count);
    expect(await page.locator('.search-all').textContent()).toBe(fixture.search.seeAll);
    // The panel opens under the box, inside the window, whichever way the page runs.
    const panel = (await page.locator('[data-search-panel]').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(desktop.width);
  });

  it('is accessible with the search panel open, light and dark, desktop and phone', async () => {
    const search = { url: server.url + fixture.search.recap, word: fixture.search.word };
    expect(await openSearchProblems(browser, search, [desktop, phone])).toEqual([]);
  });

  it("shows a meeting's times in the reader's own zone, in the language", async () => {
    await page.goto(server.url + fixture.meeting.page);
    const local = page.locator('[data-local-time]').first();
    await expect.poll(() => local.isVisible(), slow).toBe(true);
    expect(await local.textContent()).toMatch(fixture.meeting.yourTime);
  });

  it('counts roadbook tasks in the language', async () => {
    await page.goto(server.url + fixture.roadbook.page);
    await page.locator('[data-roadbook-chapter] input[type="checkbox"]').first().check();
    await expect.poll(async () => (await page.locator('[data-chapter-status]').textContent()) ?? '', slow).toContain(fixture.roadbook.progress);
  });

  it('did all of it without a script error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
