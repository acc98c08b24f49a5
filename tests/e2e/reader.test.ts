/**
 * Reading in a real browser (headless Chromium), on a wiki built from our own fixture
 * chapters (tests/fixtures/roadbook-progress/ over good-content): ticking roadbook
 * tasks and marking a chapter read survive a reload and a rebuild that rewords,
 * removes and reorders, and the index counts them; "On this page" and heading links
 * lead to their sections; all of it passes axe in light and dark, on a desktop and a
 * phone; without JavaScript the checklists are plain lists. Served with the real CSP.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { buildSite } from '../helpers/build-site.ts';
import { siteHeaders } from '../helpers/headers-file.ts';
import { axeViolations, overflowProblems } from '../helpers/page-audit.ts';

const root = path.resolve(import.meta.dirname, '../..');
const desktop = { width: 1280, height: 900 };
const phone = { width: 375, height: 812 };

const available = hasChromium();
if (!available) {
  const message = `\n${'!'.repeat(78)}\n  READER BROWSER TESTS SKIPPED: no Chromium at ${chromiumPath()}.\n${'!'.repeat(78)}\n`;
  if (process.env.CI === 'true') describe('reading in the browser', () => it('finds Chromium (required under CI=true)', () => expect.fail(message)));
  else console.warn(message);
}

describe.skipIf(!available)('reading in the browser', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-reader-'));
  const content = path.join(work, 'content');
  const outDir = path.join(work, 'dist');
  const chapterDir = path.join(content, 'roadbook');
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  const build = () => {
    const result = buildSite({ contentDir: content, outDir, env: { WIKI_CACHE_DIR: path.join(work, 'cache') } });
    expect(result.ok, result.output).toBe(true);
  };

  beforeAll(async () => {
    cpSync(path.join(root, 'tests/fixtures/good-content'), content, { recursive: true });
    rmSync(chapterDir, { recursive: true });
    cpSync(path.join(root, 'tests/fixtures/roadbook-progress'), chapterDir, { recursive: true, filter: (file) => !file.endsWith('README.md') });
    build();
    server = await startStaticServer(outDir, '/', siteHeaders(path.join(root, 'public/_headers')));
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    // One context for the whole story, so localStorage carries from step to step.
    context = await browser.newContext({ viewport: desktop });
    page = await context.newPage();
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const task = (name: string | RegExp) => page.getByRole('checkbox', { name });
  const markRead = () => page.getByRole('checkbox', { name: 'I have read this chapter' });

  it('ticks tasks and marks a chapter read, keeps both over a reload, and counts them on the index', async () => {
    await page.goto(server.url + 'roadbook/getting-started/');
    expect(await page.locator('[data-chapter-status]').textContent()).toBe('0 of 3 tasks done · not marked read yet');
    await task('Install the command line tool').check();
    await task(/^Book a call with your buddy/).check();
    // A task with a link in it is named after its whole text.
    await task('Read the team page and say hello').check();
    await task('Read the team page and say hello').uncheck();
    await markRead().check();
    expect(await page.locator('[data-chapter-status]').textContent()).toBe('2 of 3 tasks done · marked read');

    await page.reload();
    expect(await task('Install the command line tool').isChecked()).toBe(true);
    expect(await task(/^Book a call with your buddy/).isChecked()).toBe(true);
    expect(await task('Read the team page and say hello').isChecked()).toBe(false);
    expect(await markRead().isChecked()).toBe(true);

    await page.goto(server.url + 'roadbook/');
    expect(await page.locator('[data-book-counts]').textContent()).toBe('You have read 1 of 2 chapters · 2 of 5 tasks done.');
    expect(await page.locator('[data-progress-chapter="getting-started"]').textContent()).toBe('Read · 2 of 3 tasks done');
    expect(await page.locator('[data-progress-chapter="giving-talks"]').textContent()).toBe('Not read yet · 0 of 2 tasks done');
    const next = page.locator('[data-book-continue]');
    expect(await next.textContent()).toBe('Continue with “Giving talks”');
    expect(await next.getAttribute('href')).toBe('/roadbook/giving-talks/');
  });

  it('ticks a task by its text, and shows the ticks in the printable book', async () => {
    await page.goto(server.url + 'roadbook/giving-talks/');
    await page.getByText('Submit one talk to a meetup').click();
    expect(await task('Submit one talk to a meetup').isChecked()).toBe(true);
    await page.goto(server.url + 'roadbook/print/');
    await page.emulateMedia({ media: 'print' });
    try {
      const boxes = page.locator('li[data-task] input[type="checkbox"]');
      expect(await boxes.count()).toBe(5);
      expect(await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked))).toEqual([true, true, false, true, false]);
      expect(await boxes.first().isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('keeps ticks through a rebuild that rewords a task, removes one and reorders the chapters', async () => {
    const first = path.join(chapterDir, '01-getting-started.mdx');
    const second = path.join(chapterDir, '02-giving-talks.mdx');
    const reworded = readFileSync(first, 'utf8')
      .replace('- [ ] Install the command line tool\n', '')
      .replace('Book a call with your buddy for Friday afternoon', 'Book a short call with your buddy for Friday afternoon')
      .replace('order: 1', 'order: 2');
    rmSync(first);
    writeFileSync(path.join(chapterDir, '02-getting-started.mdx'), reworded);
    writeFileSync(path.join(chapterDir, '01-giving-talks.mdx'), readFileSync(second, 'utf8').replace('order: 2', 'order: 1'));
    rmSync(second);
    build();

    await page.goto(server.url + 'roadbook/');
    expect(await page.locator('.chapters h2').allTextContents()).toEqual(['Giving talks', 'Getting started']);
    // The removed task no longer counts; the reworded one is still done.
    expect(await page.locator('[data-progress-chapter="getting-started"]').textContent()).toBe('Read · 1 of 2 tasks done');
    expect(await page.locator('[data-book-counts]').textContent()).toBe('You have read 1 of 2 chapters · 2 of 4 tasks done.');
    await page.goto(server.url + 'roadbook/getting-started/');
    expect(await task('Book a short call with your buddy for Friday afternoon').isChecked()).toBe(true);
    const saved = await page.evaluate(() => localStorage.getItem('devrel-wiki:roadbook:/'));
    expect(JSON.parse(saved!).chapters['getting-started']).toEqual({ read: true, done: ['book-a-short-call-with-your-buddy-for-friday-afternoon'] });
  });

  it('lists the sections "On this page" and links every heading', async () => {
    // A short window, so the fixture's short page can scroll a section to the top.
    await page.setViewportSize({ width: 1280, height: 480 });
    await page.goto(server.url + 'roadbook/getting-started/');
    const side = page.getByRole('navigation', { name: 'On this page' });
    expect(await side.locator('a').allTextContents()).toEqual(['Your laptop', 'Your team', 'Your first month', 'Getting help']);
    expect((await page.locator('#your-team').boundingBox())!.y).toBeGreaterThan(480);
    await side.getByRole('link', { name: 'Your team' }).click();
    await page.waitForURL(/#your-team$/);
    const top = (await page.locator('#your-team').boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    // The list stays in view beside the text as the page scrolls (sticky).
    expect(await side.isVisible()).toBe(true);
    expect((await side.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    // The heading's own link: reachable by keyboard, named after its section.
    const link = page.getByRole('link', { name: 'Link to the section “Your first month”' });
    expect(await link.getAttribute('href')).toBe('#your-first-month');
    expect(await link.isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: 'Read the team page and say hello' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/team/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href')), 'the next heading link follows in Tab order').toBe('#your-first-month');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#your-first-month$/);
    await page.setViewportSize(desktop);
    // A chapter with one section lists nothing.
    await page.goto(server.url + 'roadbook/giving-talks/');
    expect(await page.locator('.on-this-page').count()).toBe(0);
  });

  it('opens "On this page" above the text on a phone and follows its links', async () => {
    const phoneContext = await browser.newContext({ viewport: phone });
    try {
      const small = await phoneContext.newPage();
      await small.goto(server.url + 'roadbook/getting-started/');
      expect(await small.locator('.on-this-page.side').isVisible()).toBe(false);
      const list = small.getByRole('navigation', { name: 'On this page' });
      await list.getByText('On this page').click();
      await list.getByRole('link', { name: 'Your first month' }).click();
      await small.waitForURL(/#your-first-month$/);
      expect((await small.locator('#your-first-month').boundingBox())!.y).toBeLessThan(100);
    } finally {
      await phoneContext.close();
    }
  });

  it('is accessible with ticked tasks and the index, in light and dark, on a desktop and a phone', async () => {
    const state = await context.storageState();
    for (const viewport of [desktop, phone]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        // axe is injected as an inline script, which the real CSP (rightly) blocks.
        const audit = await browser.newContext({ viewport, colorScheme, bypassCSP: true, storageState: state });
        try {
          const auditPage = await audit.newPage();
          for (const target of ['roadbook/getting-started/', 'roadbook/']) {
            await auditPage.goto(server.url + target);
            await auditPage.locator('[data-progress-chapter], [data-chapter-status]').first().waitFor();
            const found = [...(await axeViolations(auditPage)), ...(await overflowProblems(auditPage))];
            expect(found, `${target} at ${viewport.width}px, ${colorScheme}`).toEqual([]);
          }
          expect(await auditPage.locator('[data-book-counts]').textContent()).toMatch(/^You have read 1 of 2/);
        } finally {
          await audit.close();
        }
      }
    }
  });

  it('forgets everything on "Reset my progress"', async () => {
    await page.goto(server.url + 'roadbook/');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Reset my progress' }).click();
    expect(await page.locator('[data-book-counts]').textContent()).toBe('You have read 0 of 2 chapters · 0 of 4 tasks done.');
    await page.goto(server.url + 'roadbook/getting-started/');
    expect(await markRead().isChecked()).toBe(false);
  });

  it('without JavaScript, shows checklists as plain lists and no progress controls', async () => {
    const plainContext = await browser.newContext({ viewport: desktop, javaScriptEnabled: false });
    try {
      const plain = await plainContext.newPage();
      await plain.goto(server.url + 'roadbook/getting-started/');
      expect(await plain.locator('main li input').count(), 'no disabled checkboxes').toBe(0);
      const item = plain.locator('li[data-task]').first();
      expect(await item.isVisible()).toBe(true);
      expect(await item.evaluate((li) => getComputedStyle(li).listStyleType)).toBe('disc');
      expect(await plain.locator('[data-mark-read]').isVisible()).toBe(false);
      expect(await plain.locator('[data-chapter-status]').isVisible()).toBe(false);
      await plain.goto(server.url + 'roadbook/');
      expect(await plain.locator('[data-book-progress]').isVisible()).toBe(false);
      expect(await plain.locator('[data-progress-chapter]').first().isVisible()).toBe(false);
    } finally {
      await plainContext.close();
    }
  });

  it('did all of it without a script error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
