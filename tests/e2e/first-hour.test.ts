/**
 * A new team's wiki in Chromium, as `npm run init` leaves it plus a logo and a colour:
 * every page passes axe in light and dark with the team's accent, under the strict CSP,
 * and the header shows the logo and the links wear the team's colour.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { parsePerson } from '../../src/lib/init/answers.ts';
import { starterFiles } from '../../src/lib/init/starter.ts';
import { htmlFiles, pageUrlPath } from '../../src/lib/link-check.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { siteHeaders } from '../helpers/headers-file.ts';
import { axeViolations, overflowProblems } from '../helpers/page-audit.ts';

const root = path.resolve(import.meta.dirname, '../..');
const accent = '#1e7b5c';

/** A fresh init's content with a brand block, a logo, and whatever else the test adds. */
export function brandedStarter(dir: string, extra: Record<string, string> = {}): void {
  const files = starterFiles(
    { team: 'Quillbase DevRel', company: 'Quillbase', email: 'devrel@quillbase.example', chat: '#devrel', people: [parsePerson('Sōta Nakamura <sota@quillbase.example> @sota-n')] },
    { today: '2026-11-20', timeZone: 'Asia/Tokyo' },
  );
  for (const file of files) {
    const text = file.path === 'site.yaml' ? `${file.text}brand:\n  logo: logo.svg\n  accent: "${accent}"\n` : file.text;
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), text);
  }
  writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1e7b5c"/><path d="M18 46 32 16l14 30Z" fill="#fff"/></svg>\n');
  for (const [file, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

/** A metric broken down by city, in three scripts, so axe and the CSP see a chart with them. */
const meetupMetric = {
  'metrics/meetups.yaml': 'title: Meetup attendance\ndescription: People at community meetups, by city.\nunit: people\nsource: Check-in lists\nowner: sota-nakamura\naggregation: sum\ndirection: up\n',
  'metrics/meetups.csv': ['date,value,series', ...['2026-08-31', '2026-09-30', '2026-10-31'].flatMap((date, i) => [`${date},${10 + i},東京`, `${date},${4 + i},대전`, `${date},${7 - i},Москва`])].join('\n') + '\n',
};

describe.runIf(hasChromium())("a new team's branded wiki in Chromium", () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-brand-'));
  let build: BuildResult;
  let pages: string[] = [];
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let strictPage: Page;

  beforeAll(async () => {
    const contentDir = path.join(work, 'content');
    brandedStarter(contentDir, meetupMetric);
    build = buildSite({ contentDir, outDir: path.join(work, 'dist'), env: { WIKI_CACHE_DIR: path.join(work, 'cache') } });
    if (!build.ok) return;
    pages = htmlFiles(build.outDir).map((file) => pageUrlPath('/', file).slice(1));
    server = await startStaticServer(build.outDir, '/', siteHeaders(path.join(root, 'public/_headers')));
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    page = await (await browser.newContext({ viewport: { width: 375, height: 812 }, bypassCSP: true })).newPage();
    strictPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('builds', () => expect(build.ok, build.output).toBe(true));

  it('passes axe on every page in light and dark, and fits 375 px', async () => {
    const problems: string[] = [];
    for (const target of pages) {
      await page.goto(server.url + target);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        problems.push(...[...(await overflowProblems(page)), ...(await axeViolations(page))].map((v) => `${target} ${scheme}: ${v}`));
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it("shows the team's logo and colour under the strict CSP", async () => {
    const violations: string[] = [];
    strictPage.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await strictPage.goto(server.url);
    const logo = strictPage.locator('.site-header img.brand-logo');
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await strictPage.locator('link[rel="icon"]').getAttribute('href')).toBe('/brand/logo.svg');
    // #1e7b5c: the primary button's background and a link's colour.
    expect(await strictPage.locator('.hero .button').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 123, 92)');
    expect(await strictPage.locator('.site-footer a').first().evaluate((el) => getComputedStyle(el).color)).toBe('rgb(30, 123, 92)');
    expect(violations).toEqual([]);
  });

  it("draws a chart's Japanese, Korean and Cyrillic series names as text in the page's font", async () => {
    await strictPage.goto(`${server.url}metrics/meetups/`);
    const legend = await strictPage.locator('.chart-drawing svg text').allTextContents();
    expect(legend).toEqual(expect.arrayContaining(['東京', '대전', 'Москва']));
    const font = await strictPage.locator('.chart-drawing svg text').first().evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toMatch(/^system-ui/);
  });
});
