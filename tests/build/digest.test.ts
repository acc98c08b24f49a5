/**
 * The digest as people get it: `npm run digest` writes the e-mail, its chart PNGs and
 * the Markdown; the built site has `/digest/` and `/digest/2026-10/` with the same
 * totals. The numbers themselves are checked against the content in
 * tests/unit/digest.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { changeText, changeTone } from '../../src/lib/digest/format.ts';
import { digestInputFrom } from '../../src/lib/digest/load.ts';
import { buildDigest } from '../../src/lib/digest/model.ts';
import { english } from '../../src/i18n/i18n.ts';
import { buildSite, fixedEpoch, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const contentDir = path.join(root, 'content');
const expected = buildDigest(digestInputFrom(checkContent(contentDir, root), contentDir), '2026-10', english);
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function digestCommand(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/digest.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: '', BASE_PATH: '/', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run digest', () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-digest-')), 'out');
  let run: ReturnType<typeof digestCommand>;
  beforeAll(() => {
    run = digestCommand(['--month', '2026-10', '--out', out], { SITE_URL: 'https://wiki.lumenstack.example', BASE_PATH: '/devrel/' });
  });

  it('writes the e-mail and the Markdown, and says what it wrote', () => {
    expect(run.output).toContain('2 events, 654 people reached');
    expect(run.status).toBe(0);
    expect(run.output).toContain('Links point to https://wiki.lumenstack.example');
    const html = readFileSync(path.join(out, 'digest.html'), 'utf8');
    const markdown = readFileSync(path.join(out, 'digest.md'), 'utf8');
    for (const text of [html, markdown]) {
      expect(text).toContain('2 events, 654 people reached');
      expect(text).toContain('https://wiki.lumenstack.example/devrel/recaps/2026-10-20-all-things-open-raleigh/');
    }
  });

  it('writes every chart the e-mail shows as a real PNG beside it, at twice its displayed size', () => {
    const html = readFileSync(path.join(out, 'digest.html'), 'utf8');
    const images = [...html.matchAll(/<img src="([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]+)"/g)];
    expect(images.length).toBeGreaterThanOrEqual(1);
    expect(images.length).toBe([...html.matchAll(/<img\b/g)].length);
    for (const [, src, width, height] of images) {
      const png = readFileSync(path.join(out, src!));
      expect(png.subarray(0, 8).equals(pngSignature), src).toBe(true);
      // IHDR: width and height in pixels, big-endian, at bytes 16 and 20.
      expect(png.readUInt32BE(16)).toBe(Number(width) * 2);
      expect(png.readUInt32BE(20)).toBe(Number(height) * 2);
    }
    expect(html).not.toMatch(/<script/i);
  });

  it('says links are relative when SITE_URL is not set', () => {
    const relative = path.join(out, '..', 'relative');
    const result = digestCommand(['--month', '2026-10', '--out', relative]);
    expect(result.status).toBe(0);
    expect(result.output).toContain('Links are relative: SITE_URL is not set');
    expect(readFileSync(path.join(relative, 'digest.html'), 'utf8')).toContain('SITE_URL was not set');
    expect(readFileSync(path.join(relative, 'digest.md'), 'utf8')).toContain('](/recaps/2026-10-20-all-things-open-raleigh/)');
  });

  it('says clearly when a month has nothing recorded', () => {
    const empty = path.join(out, '..', 'empty');
    const result = digestCommand(['--month', '2024-01', '--out', empty]);
    expect(result.status).toBe(0);
    expect(result.output).toContain('Nothing was recorded for January 2024');
  });

  it('refuses a mistyped month with the fix, and writes nothing', () => {
    const bad = path.join(out, '..', 'bad-month');
    const result = digestCommand(['--month', '2026/10', '--out', bad]);
    expect(result.status).toBe(2);
    expect(result.output).toContain('Did you mean --month 2026-10?');
    expect(existsSync(bad)).toBe(false);
    expect(digestCommand([]).output).toContain('--month is required');
  });

  it('refuses content with errors and lists them', () => {
    const bad = path.join(out, '..', 'bad-content');
    const result = digestCommand(['--month', '2026-10', '--out', bad], { WIKI_CONTENT_DIR: path.join(root, 'tests/fixtures/bad-content') });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/^error {2}tests\/fixtures\/bad-content\//m);
    expect(result.output).toContain('The digest is built from checked content only');
    expect(existsSync(bad)).toBe(false);
  });
});

describe('digest pages in the built sample wiki', () => {
  let build: BuildResult;
  // Scoped-style markers are noise for these assertions.
  const page = (p: string) => readFileSync(path.join(build.outDir, p, 'index.html'), 'utf8').replace(/ data-astro-cid-\w+/g, '');
  beforeAll(() => {
    build = buildSite({ env: { SOURCE_DATE_EPOCH: fixedEpoch } });
  });

  it('has /digest/2026-10/ with the same totals and metric changes as the e-mail', () => {
    expect(build.ok, build.output).toBe(true);
    const html = page('digest/2026-10');
    expect(html).toContain('2 events, 654 people reached');
    expect(expected.did.totals).toEqual({ events: 2, audience: 654, uncounted: 0 });
    expect(html).toContain(`<dt>Events</dt> <dd>${expected.did.totals.events}</dd>`);
    expect(html).toContain(`<dt>People reached</dt> <dd>${expected.did.totals.audience}</dd>`);
    for (const row of expected.did.byProgram) expect(html).toMatch(new RegExp(`${row.program!.name}</a></th>\\s*<td class="num"[^>]*>${row.events}</td>\\s*<td class="num"[^>]*>${row.audience}</td>`));
    for (const metric of expected.metrics) expect(html, metric.id).toContain(`<td class="num change ${changeTone(metric)}">${changeText(metric, english)}</td>`);
    // Numbers, not charts: the metric pages draw those.
    expect(html).not.toContain('chart-drawing');
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('lists every month with content, newest first, linked from the homepage and updates', () => {
    const index = page('digest');
    const months = [...index.matchAll(/href="\/digest\/(\d{4}-\d{2})\/"/g)].map((m) => m[1]!);
    expect(months[0]).toBe('2026-11');
    expect(months).toContain('2026-10');
    expect(months).toEqual([...months].sort().reverse());
    for (const month of months) expect(existsSync(path.join(build.outDir, 'digest', month, 'index.html')), month).toBe(true);
    // No page for a month with nothing in it.
    expect(existsSync(path.join(build.outDir, 'digest', '2024-01'))).toBe(false);
    expect(page('')).toContain('href="/digest/"');
    expect(page('updates')).toContain('href="/digest/"');
  });
});
