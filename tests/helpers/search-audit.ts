/**
 * The search panel audited open: the one check the search and language browser tests
 * share, so both judge the panel by the same rules (WCAG 2.2 AA, nothing wider than the
 * window, the panel inside the window whichever way the page runs).
 */
import type { Browser, Page } from 'playwright-core';
import { axeViolations, overflowProblems } from './page-audit.ts';

/** A window size to audit at. */
export interface Viewport {
  width: number;
  height: number;
}

/** What to search for, where, and how many results make the panel "open". */
export interface OpenSearch {
  /** The full URL of the page whose header search box is used. */
  url: string;
  /** The word typed into the box. */
  word: string;
  /** The fewest results the word must find before the panel is audited. */
  minResults?: number;
}

/** How long the panel may take to show its results (Pagefind loads its index first). */
const resultsTimeoutMs = 10_000;

async function waitForResults(page: Page, minResults: number): Promise<boolean> {
  const options = page.locator('#site-search-results [role="option"]');
  const deadline = Date.now() + resultsTimeoutMs;
  while (Date.now() < deadline) {
    if ((await options.count()) >= minResults) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

/**
 * Every problem on the page with the search panel open and its first result selected,
 * at each viewport in light and dark, each prefixed with where it was seen. An empty
 * list means the panel passed everywhere.
 */
export async function openSearchProblems(browser: Browser, search: OpenSearch, viewports: readonly Viewport[]): Promise<string[]> {
  const problems: string[] = [];
  for (const viewport of viewports) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const where = `${viewport.width}px ${colorScheme}`;
      // bypassCSP: axe is injected as a script tag, which the site's CSP rightly blocks.
      const context = await browser.newContext({ bypassCSP: true, viewport, colorScheme });
      try {
        const page = await context.newPage();
        await page.goto(search.url);
        await page.locator('#site-search-q').fill(search.word);
        if (!(await waitForResults(page, search.minResults ?? 1))) {
          problems.push(`${where}: "${search.word}" found fewer than ${search.minResults ?? 1} results in ${resultsTimeoutMs / 1000} s`);
          continue;
        }
        await page.keyboard.press('ArrowDown');
        for (const problem of [...(await axeViolations(page)), ...(await overflowProblems(page))]) problems.push(`${where}: ${problem}`);
        const panel = await page.locator('[data-search-panel]').boundingBox();
        if (!panel) problems.push(`${where}: the search panel is not shown`);
        else if (panel.x < 0 || panel.x + panel.width > viewport.width) {
          problems.push(`${where}: the search panel spans ${Math.round(panel.x)}–${Math.round(panel.x + panel.width)} px, outside the ${viewport.width} px window`);
        }
      } finally {
        await context.close();
      }
    }
  }
  return problems;
}
