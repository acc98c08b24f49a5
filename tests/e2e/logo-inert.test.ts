/**
 * The team's SVG logo opened on its own, as anyone can open /brand/logo.svg, from a
 * server that sends no headers at all (GitHub Pages sends no CSP for an SVG file). Each
 * hostile logo is served twice: as written, where Chromium runs its script or loads from
 * another host (so each case is a real attack, and the test can fail), and as the wiki
 * publishes it, where nothing runs and nothing leaves the page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.ts';
import { sanitizeSvg } from '../../src/lib/brand/svg-sanitize.ts';

const requireChromium = process.env.CI === 'true';
const svgNs = 'xmlns="http://www.w3.org/2000/svg"';

/** Each calls `/canary/<name>` on the serving origin if script runs, or loads from tracker.invalid. */
const attacks: Record<string, string | Buffer> = {
  script: `<svg ${svgNs}><script>fetch('/canary/script')</script></svg>`,
  'namespaced-script': `<svg ${svgNs} xmlns:h="http://www.w3.org/1999/xhtml"><h:script>fetch('/canary/namespaced-script')</h:script></svg>`,
  'utf16-script': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<svg ${svgNs}><script>fetch('/canary/utf16-script')</script></svg>`, 'utf16le')]),
  onload: `<svg ${svgNs} onload="fetch('/canary/onload')"><rect width="10" height="10"/></svg>`,
  'set-href': `<svg ${svgNs} width="400" height="400"><a href="#x"><set attributeName="href" to="javascript:fetch('/canary/set-href')"/><rect width="400" height="400"/></a></svg>`,
  'style-import': `<svg ${svgNs}><style>@import url(http://tracker.invalid/a.css);</style><rect width="10" height="10"/></svg>`,
  'style-url': `<svg ${svgNs}><rect style="fill:url(http://tracker.invalid/p.png)" width="10" height="10"/></svg>`,
  'image-href': `<svg ${svgNs}><image href="http://tracker.invalid/a.png" width="10" height="10"/></svg>`,
  'foreign-object': `<svg ${svgNs}><foreignObject width="100" height="100"><img xmlns="http://www.w3.org/1999/xhtml" src="/x" onerror="fetch('/canary/foreign-object')"/></foreignObject></svg>`,
  'xml-stylesheet': `<?xml-stylesheet href="http://tracker.invalid/s.css"?><svg ${svgNs}/>`,
};

describe.skipIf(!hasChromium() && !requireChromium)('an SVG logo opened on its own, with no headers', () => {
  const files = new Map<string, Buffer>();
  const canaries: string[] = [];
  let server: Server;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    for (const [name, svg] of Object.entries(attacks)) {
      const bytes = typeof svg === 'string' ? Buffer.from(svg) : svg;
      files.set(`/raw/${name}.svg`, bytes);
      const cleaned = sanitizeSvg(bytes).svg;
      if (cleaned) files.set(`/published/${name}.svg`, Buffer.from(cleaned));
    }
    server = createServer((request, response) => {
      const url = request.url ?? '/';
      if (url.startsWith('/canary/')) canaries.push(url);
      const body = files.get(url);
      // No CSP, no nosniff: the weakest host.
      response.writeHead(body ? 200 : 404, body ? { 'content-type': 'image/svg+xml' } : {});
      response.end(body ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Opens one file, clicks its middle (for attacks that wait for a click), and reports what it did. */
  async function open(file: string): Promise<{ canaries: string[]; elsewhere: string[] }> {
    canaries.length = 0;
    const elsewhere: string[] = [];
    const context = await browser.newContext();
    // Never let a request leave the machine: record it and abort it.
    await context.route((url) => url.origin !== origin, async (route) => {
      elsewhere.push(route.request().url());
      await route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${origin}${file}`);
    await page.mouse.click(100, 100).catch(() => undefined);
    await page.waitForTimeout(300);
    await context.close();
    return { canaries: [...canaries], elsewhere };
  }

  for (const name of Object.keys(attacks)) {
    it(`${name}: acts when served as written, and does nothing as the wiki publishes it`, async () => {
      const raw = await open(`/raw/${name}.svg`);
      expect([...raw.canaries, ...raw.elsewhere].length, `the attack "${name}" did nothing even as written`).toBeGreaterThan(0);
      if (!files.has(`/published/${name}.svg`)) return; // refused outright: nothing is published
      const published = await open(`/published/${name}.svg`);
      expect(published).toEqual({ canaries: [], elsewhere: [] });
    });
  }
});
