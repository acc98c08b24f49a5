import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './scripts/static-server.ts';
import { chromiumPath, chromiumArgs } from './scripts/chromium.ts';
const [dist, ...pages] = process.argv.slice(2);
const server = await startStaticServer(path.resolve(dist!), '/');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const scheme of (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[]) {
  for (const viewport of [{ name: 'desktop', width: 1280, height: 900 }, { name: 'phone', width: 375, height: 812 }]) {
    const context = await browser.newContext({ viewport, colorScheme: scheme });
    const page = await context.newPage();
    for (const target of pages) {
      await page.goto(server.url + target, { waitUntil: 'load' });
      const name = (target.replace(/\/$/, '').replace(/\//g, '_') || 'home') + `-${viewport.name}-${scheme}.png`;
      await page.screenshot({ path: path.join('/tmp/shots', name), fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
await server.close();
