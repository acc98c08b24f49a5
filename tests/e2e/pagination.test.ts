/**
 * Paginated lists in Chromium, on a generated team big enough to need them (the sample
 * wiki's lists all fit one page), served under `/devrel/`: accessible in light and dark,
 * no sideways scroll at 375 px, and the page links lead where they say.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTeam } from '../../scripts/bench/generate-team.ts';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { axeViolations, overflowProblems } from '../helpers/page-audit.ts';

const root = path.resolve(import.meta.dirname, '../..');
const base = '/devrel/';
const pages = ['recaps/2020/', 'recaps/2020/page/2/', 'programs/program-1/', 'programs/program-1/recaps/page/2/', 'team/advocate-1/recaps/'];

describe.runIf(hasChromium())('paginated lists of a 450-recap team in Chromium at /devrel/', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-pages-'));
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const contentDir = path.join(work, 'content');
    generateTeam(contentDir, path.join(root, 'content'), 450);
    build = buildSite({ contentDir, base, outDir: path.join(work, 'dist'), env: { WIKI_CACHE_DIR: path.join(work, 'cache') } });
    if (!build.ok) return;
    server = await startStaticServer(build.outDir, base);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    // axe is injected as an inline script, which each page's own CSP <meta> blocks; the
    // policy itself is tested by the browser suite and tests/e2e/content-gate.test.ts.
    page = await (await browser.newContext({ viewport: { width: 375, height: 812 }, bypassCSP: true })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('builds', () => expect(build.ok, build.output).toBe(true));

  it.each(pages)('%s passes axe in light and dark and fits 375 px', async (target) => {
    const response = await page.goto(server.url + target);
    expect(response?.status()).toBe(200);
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      problems.push(...(await overflowProblems(page)), ...(await axeViolations(page)).map((v) => `${scheme}: ${v}`));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('walks a year page by page with Next and Previous', async () => {
    await page.goto(server.url + 'recaps/2020/');
    const nav = page.getByRole('navigation', { name: 'Pages of recaps from 2020' });
    await expect.poll(() => nav.locator('[aria-current="page"]').innerText()).toMatch(/1$/);
    await nav.getByRole('link', { name: 'Next page' }).click();
    expect(new URL(page.url()).pathname).toBe('/devrel/recaps/2020/page/2/');
    expect(await nav.locator('[aria-current="page"]').innerText()).toMatch(/2$/);
    expect(await nav.innerText()).toMatch(/Showing 51–\d+ of \d+/);
    await nav.getByRole('link', { name: 'Previous page' }).click();
    expect(new URL(page.url()).pathname).toBe('/devrel/recaps/2020/');
  });

  it("links a program's latest recaps to the full list", async () => {
    await page.goto(server.url + 'programs/program-1/');
    await page.getByRole('link', { name: /^All \d+ recaps$/ }).click();
    expect(new URL(page.url()).pathname).toBe('/devrel/programs/program-1/recaps/');
    expect(await page.locator('main .recap-list > li').count()).toBe(50);
  });
});
