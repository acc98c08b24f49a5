/**
 * Metrics as readers get them from a build under /devrel/: every metric page has its
 * chart as inline SVG and its data table, chart pages load no script beyond what
 * every page loads, the CSV downloads, and a second build reuses every cached chart.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const report = checkContent(path.join(root, 'content'), root);
const metricIds = report.entries.filter((e) => e.collection === 'metrics').map((e) => e.id);
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-cache-'));
const chartsDir = path.join(cacheDir, 'charts');

const scriptsOf = (html: string) => [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).sort();
const cacheState = () => readdirSync(chartsDir).sort().map((f) => `${f} ${statSync(path.join(chartsDir, f)).mtimeMs}`);

describe('metrics in the sample wiki at /devrel/', () => {
  let build: BuildResult;
  const page = (p: string) => readFileSync(path.join(build.outDir, p, 'index.html'), 'utf8');
  beforeAll(() => {
    build = buildSite({ base: '/devrel/', env: { WIKI_CACHE_DIR: cacheDir } });
  });

  it('builds with at least six metrics', () => {
    expect(build.output).not.toMatch(/Build failed/);
    expect(build.ok).toBe(true);
    expect(metricIds.length).toBeGreaterThanOrEqual(6);
  });

  it('gives every metric a page with an SVG chart, its summary and its data table', () => {
    for (const id of metricIds) {
      const html = page(`metrics/${id}`);
      expect(html, id).toMatch(/<div class="chart-drawing[^"]*" role="img" aria-label="[^"]+"[^>]*><svg aria-hidden="true"/);
      expect(html, id).toMatch(/<figcaption[^>]*>[^<]+(rose|fell|held steady|was)[^<]+<\/figcaption>/);
      expect(html, id).toMatch(/<details class="chart-data"[^>]*><summary[^>]*>Show the data as a table<\/summary>[\s\S]*?<table[\s\S]*?<th scope="row"[^>]*>/);
      expect(html, id).toContain(`href="/devrel/metrics/${id}.csv"`);
    }
  });

  it('writes a target the same way on its page, in its chart summary and on the value page', () => {
    let withTarget = 0;
    for (const id of metricIds) {
      const html = page(`metrics/${id}`);
      const target = html.match(/<dt>Target<\/dt> <dd>([^<]+)<\/dd>/)?.[1];
      expect(target, id).toBeDefined();
      if (target === 'None set') continue;
      withTarget++;
      // "5,000 by Jun 2027", as on the cards and chart legends; not "2027-06-30" in one place and "2027-06" in another.
      expect(target, id).toMatch(/^[\d.,]+ by [A-Z][a-z]{2} \d{4}$/);
      expect(html.match(/<figcaption[^>]*>([^<]+)<\/figcaption>/)?.[1], id).toContain(`target ${target}.`);
      expect(page('value'), id).toContain(`>${target}</td>`);
    }
    expect(withTarget).toBeGreaterThanOrEqual(3);
  });

  it('loads no script on chart pages beyond what every page loads', () => {
    const baseline = scriptsOf(page('team'));
    // The homepage is left out: its meeting times have a script of their own, unrelated to charts.
    for (const p of [...metricIds.map((id) => `metrics/${id}`), 'metrics', 'value', 'programs/lumen-ambassadors']) {
      expect(scriptsOf(page(p)), p).toEqual(baseline);
    }
    // Chart.js runs at build time only: none of it reaches the browser.
    const assets = readdirSync(path.join(build.outDir, '_astro')).filter((f) => f.endsWith('.js'));
    for (const file of assets) expect(readFileSync(path.join(build.outDir, '_astro', file), 'utf8')).not.toMatch(/chart\.js|Chart\.register/);
  });

  it('serves each CSV with the rows of content/metrics/ as the chart reads them (comments and blank lines left out, CRLF)', () => {
    for (const id of metricIds) {
      // Values as numbers: "4.0" typed is 4 served.
      const rows = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() && !line.startsWith('#')).map((line) => line.split(',').map((cell, i) => (i === 1 && cell.trim() !== 'value' ? String(Number(cell)) : cell.trim())).join(','));
      const served = readFileSync(path.join(build.outDir, 'metrics', `${id}.csv`), 'utf8');
      expect(served.endsWith('\r\n')).toBe(true);
      expect(new Set(rows(served))).toEqual(new Set(rows(readFileSync(path.join(root, 'content/metrics', `${id}.csv`), 'utf8'))));
    }
  });

  it('shows metric cards on /metrics/, program pages and the homepage headline', () => {
    const list = page('metrics');
    for (const id of metricIds) expect(list).toContain(`href="/devrel/metrics/${id}/"`);
    expect(list).toContain('How health is judged.');
    const headline = page('').match(/<section[^>]*aria-labelledby="headline-metrics"[\s\S]*?<\/section>/)?.[0] ?? '';
    const shown = [...headline.matchAll(/href="\/devrel\/metrics\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect(shown).toEqual(report.site.headlineMetrics);
    expect(page('programs/lumen-ambassadors')).toContain('href="/devrel/metrics/forum-mau/"');
  });

  it("shows each priority's metrics, with their health, on the priority's page", () => {
    const metrics = report.entries.filter((e) => e.collection === 'metrics');
    let shown = 0;
    for (const priority of report.entries.filter((e) => e.collection === 'priorities')) {
      const html = page(`priorities/${priority.id}`);
      const cards = [...html.matchAll(/<article class="card linked metric-card"[^>]*>[\s\S]*?<a href="\/devrel\/metrics\/([^/"]+)\/"/g)].map((m) => m[1]);
      const expected = metrics.filter((m) => m.data.priority === priority.id).map((m) => m.id);
      expect(cards.sort(), priority.id).toEqual(expected.sort());
      shown += cards.length;
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('answers leadership on /value/: priorities with metric health, engagement and the four questions', () => {
    const html = page('value');
    expect(html).toMatch(/<svg aria-hidden="true"/);
    for (const priority of report.entries.filter((e) => e.collection === 'priorities')) expect(html).toContain(`href="/devrel/priorities/${priority.id}/"`);
    for (const question of ['What value do we bring overall?', 'What makes our programs succeed?', 'How do we work with other departments?', 'How do we communicate?']) {
      expect(html).toContain(question);
    }
    expect(html).toMatch(/Developers, last quarter<\/dt>\s*<dd[^>]*>[\d,]+<\/dd>/);
  });

  it('reuses every cached chart on the next build, with identical pages', () => {
    const before = cacheState();
    expect(before.length).toBeGreaterThan(metricIds.length);
    const again = buildSite({ base: '/devrel/', env: { WIKI_CACHE_DIR: cacheDir } });
    expect(again.ok).toBe(true);
    expect(cacheState()).toEqual(before);
    for (const p of ['metrics/forum-mau', 'value']) {
      expect(readFileSync(path.join(again.outDir, p, 'index.html'), 'utf8')).toBe(page(p));
    }
  });
});
