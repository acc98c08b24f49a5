/**
 * The wiki on every screen, in headless Chromium at 390×844 and 1280×800, on the sample
 * and on a wiki unlike it (tests/fixtures/unfamiliar-team: long title, long addresses,
 * Japanese names, a 60-row table): every section reachable from the phone's Menu with
 * and without JavaScript, by keyboard, axe-clean while open; a one-row header on a
 * desktop; the chapter list and previous/next; no text wider than its box and no word
 * broken inside; the long table readable; one time format per meeting card.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { primaryNav } from '../../src/lib/navigation.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { siteHeaders } from '../helpers/headers-file.ts';
import { axeViolations, overflowProblems } from '../helpers/page-audit.ts';

const root = path.resolve(import.meta.dirname, '../..');
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const fixture = path.join(root, 'tests/fixtures/unfamiliar-team');

const available = hasChromium();
if (!available) {
  const message = `\n${'!'.repeat(78)}\n  SCREEN TESTS SKIPPED: no Chromium at ${chromiumPath()}.\n${'!'.repeat(78)}\n`;
  if (process.env.CI === 'true') describe('the wiki on every screen', () => it('finds Chromium (required under CI=true)', () => expect.fail(message)));
  else console.warn(message);
}

/**
 * Text that runs out of its box, and words broken inside (two letters or digits of one
 * word on two lines: what `overflow-wrap: anywhere` did to "ken@hoshizora.examp/le").
 * A break at a <wbr>, a space, a hyphen or punctuation is fine; text inside a box that
 * scrolls (tables, code) is left alone.
 */
async function textProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const scrolls = (element: Element | null): boolean => {
      for (let e = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (/auto|scroll|hidden|clip/.test(style.overflowX) && e !== document.documentElement && e !== document.body) return true;
      }
      return false;
    };
    const blockOf = (element: Element): Element => {
      let e: Element = element;
      while (e.parentElement && /^(inline|contents)/.test(getComputedStyle(e).display)) e = e.parentElement;
      return e;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const word = /[A-Za-z0-9]/;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      const text = node.data;
      if (!parent || !text.trim() || parent.closest('[hidden], .visually-hidden, script, style, noscript') || scrolls(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (!rects.length) continue;
      const box = blockOf(parent).getBoundingClientRect();
      if (rects.some((r) => r.right > box.right + 1 || r.left < box.left - 1)) {
        problems.push(`text "${text.trim().slice(0, 40)}" runs out of its box <${blockOf(parent).tagName.toLowerCase()} class="${blockOf(parent).className}">`);
      }
      if (rects.length < 2) continue;
      // On more than one line: find each line break, and what it falls between.
      let previousTop: number | undefined;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || !rect.width) continue;
        if (previousTop !== undefined && rect.top > previousTop + 2 && word.test(text[i - 1] ?? '') && word.test(text[i]!)) {
          problems.push(`word broken inside: "${text.slice(Math.max(0, i - 12), i)}/${text.slice(i, i + 12)}"`);
        }
        previousTop = rect.top;
      }
    }
    return problems;
  });
}

/** The Menu button's state as Chromium gives it to screen readers (a disclosure, expanded or not). */
async function menuExpanded(page: Page): Promise<boolean | undefined> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  await session.detach();
  const button = (nodes as Array<{ role?: { value: string }; name?: { value: string }; properties?: Array<{ name: string; value: { value: unknown } }> }>)
    .find((n) => n.role?.value === 'DisclosureTriangle' && n.name?.value === 'Menu');
  const expanded = button?.properties?.find((p) => p.name === 'expanded')?.value.value;
  return button ? expanded === true : undefined;
}

describe.skipIf(!available)('the wiki on every screen', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-screens-'));
  const headers = siteHeaders(path.join(root, 'public/_headers'));
  let sampleBuild: BuildResult;
  let fixtureBuild: BuildResult;
  let sample: StaticServer;
  let other: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    sampleBuild = buildSite({ outDir: path.join(work, 'sample'), env: { WIKI_CACHE_DIR: path.join(work, 'sample-cache') } });
    fixtureBuild = buildSite({ contentDir: fixture, outDir: path.join(work, 'fixture'), env: { WIKI_CACHE_DIR: path.join(work, 'fixture-cache') } });
    expect(sampleBuild.ok, sampleBuild.output).toBe(true);
    expect(fixtureBuild.ok, fixtureBuild.output).toBe(true);
    sample = await startStaticServer(sampleBuild.outDir, '/', headers);
    other = await startStaticServer(fixtureBuild.outDir, '/', headers);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await sample?.close();
    await other?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const open = async (options: BrowserContextOptions, url: string) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  const menuButton = (page: Page) => page.locator('[data-site-menu] > summary');
  const menuLinks = (page: Page) => page.locator('[data-site-menu] nav a');

  for (const javaScriptEnabled of [true, false]) {
    it(`on a phone, reaches every section from the Menu ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const page = await open({ viewport: phone, javaScriptEnabled }, sample.url + 'recaps/');
      try {
        expect(await page.locator('.site-nav').isVisible(), 'the header row keeps no sections on a phone').toBe(false);
        for (const [index, item] of primaryNav.entries()) {
          await expect.poll(() => menuLinks(page).nth(index).isVisible()).toBe(false);
          await menuButton(page).click();
          const link = menuLinks(page).nth(index);
          expect(await link.textContent()).toBeTruthy();
          const box = (await link.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
          expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
          expect(box.height, 'a finger-sized target').toBeGreaterThanOrEqual(44);
          await Promise.all([page.waitForURL(new URL(item.href, sample.url).toString()), link.click()]);
          // The section opened is the one marked current.
          expect(await page.locator('[data-site-menu] nav a[aria-current="page"]').getAttribute('href')).toBe(item.href);
        }
      } finally {
        await page.context().close();
      }
    });
  }

  it('on a phone, the Menu works from the keyboard, says when it is open, and closes on Escape or a tap outside', async () => {
    const page = await open({ viewport: phone }, sample.url);
    try {
      expect(await menuExpanded(page)).toBe(false);
      await page.keyboard.press('Tab'); // skip link
      let reached = false;
      for (let presses = 0; presses < 6 && !reached; presses++) {
        await page.keyboard.press('Tab');
        reached = await menuButton(page).evaluate((summary) => summary === document.activeElement);
      }
      expect(reached, 'Tab reaches the Menu button').toBe(true);
      await page.keyboard.press('Enter');
      expect(await menuExpanded(page)).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-site-menu] nav') !== null)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Programs');
      await page.keyboard.press('Escape');
      expect(await menuExpanded(page)).toBe(false);
      expect(await menuButton(page).evaluate((summary) => summary === document.activeElement), 'focus back on the button').toBe(true);
      await page.keyboard.press('Space');
      expect(await menuExpanded(page)).toBe(true);
      await page.mouse.click(200, 800);
      expect(await menuExpanded(page)).toBe(false);
    } finally {
      await page.context().close();
    }
  });

  it('on a phone, passes axe with the Menu open, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open({ viewport: phone, colorScheme, bypassCSP: true }, sample.url + 'metrics/');
      try {
        await menuButton(page).click();
        expect(await menuLinks(page).first().isVisible()).toBe(true);
        expect(await axeViolations(page), colorScheme).toEqual([]);
        expect(await overflowProblems(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  });

  it('on a desktop, has a one-row header listing every section, with a long team title too', async () => {
    for (const server of [sample, other]) {
      const page = await open({ viewport: desktop }, server.url);
      try {
        expect(await menuButton(page).isVisible()).toBe(false);
        const links = page.locator('.site-nav a');
        expect(await links.count()).toBe(primaryNav.length);
        const tops = await links.evaluateAll((all) => all.map((a) => Math.round(a.getBoundingClientRect().top)));
        expect(new Set(tops).size, `${server.url}: the sections on one line`).toBe(1);
        const search = (await page.locator('#site-search-q').boundingBox())!;
        const brand = (await page.locator('.site-header .brand').boundingBox())!;
        const header = (await page.locator('.site-header').boundingBox())!;
        // Brand, sections and search side by side, not stacked.
        expect(search.y).toBeLessThan(tops[0]! + 20);
        expect(brand.x + brand.width).toBeLessThanOrEqual((await links.first().boundingBox())!.x);
        expect(header.height).toBeLessThan(90);
      } finally {
        await page.context().close();
      }
    }
  });

  it('keeps the header search working at both widths', async () => {
    for (const viewport of [phone, desktop]) {
      const page = await open({ viewport }, sample.url + 'programs/');
      try {
        await page.locator('#site-search-q').fill('kubecon');
        await expect.poll(() => page.locator('#site-search-results [role="option"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
        const panel = (await page.locator('[data-search-panel]').boundingBox())!;
        expect(panel.x).toBeGreaterThanOrEqual(0);
        expect(panel.x + panel.width).toBeLessThanOrEqual(viewport.width);
      } finally {
        await page.context().close();
      }
    }
  });

  it('lists the chapters beside a chapter on a desktop, the current one marked and the read ones ticked, with previous and next at its end', async () => {
    const page = await open({ viewport: desktop }, other.url + 'roadbook/giving-talks/');
    try {
      const list = page.getByRole('navigation', { name: 'Chapters', exact: true });
      expect(await list.isVisible()).toBe(true);
      expect(await list.locator('.chapter-title').allTextContents()).toEqual(['Getting started', 'Giving talks', 'After an event']);
      expect(await list.locator('a[aria-current="page"]').textContent()).toContain('Giving talks');
      // Beside the text, not under it.
      const text = (await page.locator('[data-roadbook-chapter]').boundingBox())!;
      const side = (await list.boundingBox())!;
      expect(side.x).toBeGreaterThan(text.x + text.width - 1);
      expect(await list.locator('.chapter-read:visible').count()).toBe(0);
      await page.getByRole('checkbox', { name: 'I have read this chapter' }).check();
      await page.reload();
      expect(await list.locator('.chapter-read:visible').count()).toBe(1);
      expect(await list.locator('li.current .chapter-read').isVisible()).toBe(true);
      const pager = page.getByRole('navigation', { name: 'Previous and next chapter' });
      expect(await pager.locator('a[rel="prev"]').getAttribute('href')).toBe('/roadbook/getting-started/');
      expect(await pager.locator('a[rel="next"]').getAttribute('href')).toBe('/roadbook/after-an-event/');
    } finally {
      await page.context().close();
    }
    const small = await open({ viewport: phone }, other.url + 'roadbook/giving-talks/');
    try {
      expect(await small.locator('.chapter-list').isVisible(), 'a phone shows the chapter, then previous and next').toBe(false);
      expect(await small.locator('a[rel="next"]').isVisible()).toBe(true);
    } finally {
      await small.context().close();
    }
  });

  // Pages with addresses, zone ids and long titles in narrow boxes, on both wikis.
  const addressPages = {
    sample: ['', 'metrics/forum-mau/', 'team/katrin-vogel/', 'departments/sales/', 'meetings/devrel-office-hours/', 'roadbook/tools-and-accounts/'],
    fixture: ['', 'team/ken-watanabe/', 'team/amira-haddad/', 'departments/platform-engineering/', 'metrics/meetup-attendance/', 'meetings/asia-office-hours/', 'recaps/2026-09-10-tokyo-operators-night/', 'roadbook/getting-started/'],
  };
  for (const viewport of [phone, desktop]) {
    it(`at ${viewport.width}px, keeps text inside its box and words whole, addresses broken only at their punctuation`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const problems: string[] = [];
      try {
        for (const [name, pages] of Object.entries(addressPages)) {
          const server = name === 'sample' ? sample : other;
          for (const target of pages) {
            await page.goto(server.url + target, { waitUntil: 'load' });
            problems.push(...[...await textProblems(page), ...await overflowProblems(page)].map((p) => `${name} /${target}: ${p}`));
          }
        }
      } finally {
        await context.close();
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  it('makes a 60-row, 8-column table readable on a phone: a box that scrolls and shows it, with its header row in view', async () => {
    const page = await open({ viewport: phone }, other.url + 'recaps/2026-09-10-tokyo-operators-night/');
    try {
      const table = page.locator('.prose table');
      const box = (await table.boundingBox())!;
      expect(box.height, 'no taller than most of the screen').toBeLessThanOrEqual(phone.height * 0.8);
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
      const size = await table.evaluate((t) => ({ scrollWidth: t.scrollWidth, clientWidth: t.clientWidth, scrollHeight: t.scrollHeight, clientHeight: t.clientHeight, tabIndex: t.tabIndex, shadows: getComputedStyle(t).backgroundImage }));
      expect(size.scrollWidth).toBeGreaterThan(size.clientWidth);
      expect(size.scrollHeight).toBeGreaterThan(size.clientHeight);
      expect(size.tabIndex, 'keyboard users can scroll it').toBe(0);
      expect(size.shadows, 'shadows at the edges with more beyond').toMatch(/radial-gradient/);
      // Cells wide enough to read: "Tokyo office, hall 1" on two lines at most, not a word a line.
      const venueLines = await table.locator('tbody tr').first().locator('td').nth(2).evaluate((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(venueLines).toBeLessThanOrEqual(2);
      await table.evaluate((t) => { t.scrollTop = 1500; });
      const header = (await table.locator('thead th').first().boundingBox())!;
      const scrolled = (await table.boundingBox())!;
      expect(Math.abs(header.y - scrolled.y), 'the header row stays at the top of the box').toBeLessThan(3);
      expect(await table.locator('thead th').first().textContent()).toBe('Month');
    } finally {
      await page.context().close();
    }
  });

  it("writes a meeting's times and the reader's in one format, each time range on one line", async () => {
    const page = await open({ viewport: phone, timezoneId: 'America/Los_Angeles', locale: 'en-US' }, sample.url + 'meetings/devrel-office-hours/');
    try {
      const items = page.locator('.meeting-times li');
      const shape = /^[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d\s–\s\d{1,2}:\d\d\s[AP]M [A-Z]{2,5}$/;
      const first = (await items.first().locator('time').textContent())!.trim();
      const local = (await items.first().locator('[data-local-time]').textContent())!.trim();
      expect(first).toMatch(shape);
      expect(local.replace(/^Your time: /, '')).toMatch(shape);
      expect(local).toMatch(/ P[SD]T$/);
      const lines = await page.locator('.meeting-times .time-range').evaluateAll((ranges) => ranges.map((r) => r.getClientRects().length));
      expect(lines.length).toBeGreaterThan(6);
      expect(lines.every((n) => n === 1)).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
