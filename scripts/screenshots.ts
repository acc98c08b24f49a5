/**
 * `npm run screenshots`: photographs the main pages of the built site at desktop and
 * phone widths, light and dark, into `screenshots/` (git-ignored), so anyone can look
 * at what a change did. Needs a build (`npm run build`) and Chromium.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
import { chromiumPath, chromiumArgs } from './chromium.ts';

const outDir = path.resolve('screenshots');
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'programs/', 'recaps/', 'roadbook/', 'meetings/', 'team/'];
const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
];

const server = await startStaticServer(path.resolve('dist'), process.env.BASE_PATH ?? '/');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
mkdirSync(outDir, { recursive: true });
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const viewport of viewports) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const target of pages) {
        await page.goto(server.url + target, { waitUntil: 'load' });
        const name = (target.replace(/\/$/, '').replace(/\//g, '_') || 'home') + `-${viewport.name}-${scheme}.png`;
        await page.screenshot({ path: path.join(outDir, name), fullPage: process.env.FULL_PAGE !== '0' });
        console.log(path.join('screenshots', name));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
