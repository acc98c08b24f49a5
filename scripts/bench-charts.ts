/**
 * `npm run bench:charts`: how long build-time charts take. Draws every chart the site
 * draws for the content folder (each metric's page chart, its phone variant and its
 * sparkline) into an empty cache ("cold": Chart.js + SVG rendering), then again
 * ("warm": read from the cache by content hash), and prints milliseconds per chart.
 * `--rounds N` repeats the cold pass N times for a steadier figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkContent } from '../src/lib/check/check-content.ts';
import { chartSvg } from '../src/lib/metrics/chart-cache.ts';
import { loadMetrics } from '../src/lib/metrics/load.ts';
import { detailChart, sparkline } from '../src/lib/metrics/metric-view.ts';
import type { ChartSpec } from '../src/lib/metrics/render-chart.ts';
import { buildNow } from '../src/lib/now.ts';
import { loadI18n } from '../src/i18n/load.ts';
import { contentDir } from '../src/lib/paths.ts';
import type { Metric } from '../src/schemas/metrics.ts';
import type { Recap } from '../src/schemas/recaps.ts';

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Math.max(1, Number(process.argv[roundsArg + 1]) || 1) : 3;

const report = checkContent(contentDir);
const of = <T,>(collection: string) => report.entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as T }));
const i18n = loadI18n(contentDir, report.site.locale);
const { views } = loadMetrics(of<Metric>('metrics'), contentDir, buildNow(), of<Recap>('recaps'), i18n);
const specs: ChartSpec[] = views.flatMap((view) => [detailChart(view, i18n), detailChart(view, i18n, { width: 360, height: 280 }), sparkline(view, i18n.locale)]);
if (!specs.length) {
  console.log(`No metrics in ${contentDir}: nothing to draw.`);
  process.exit(0);
}

/** Draw every spec into `dir`; milliseconds per chart. */
function pass(dir: string): number {
  const started = performance.now();
  let bytes = 0;
  for (const spec of specs) bytes += chartSvg(spec, dir).length;
  if (!bytes) throw new Error('no SVG produced');
  return (performance.now() - started) / specs.length;
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const colds: number[] = [];
let warm = 0;
for (let round = 0; round < rounds; round++) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-bench-charts-'));
  try {
    colds.push(pass(dir));
    warm = pass(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
// The first cold pass also loads the font and Chart.js; report it apart.
console.log(`${specs.length} charts for ${views.length} metrics (${rounds} rounds)`);
console.log(`cold, first round (incl. font + Chart.js setup): ${fmt(colds[0]!)} per chart`);
if (colds.length > 1) console.log(`cold, later rounds (median):                    ${fmt([...colds.slice(1)].sort((a, b) => a - b)[Math.floor((colds.length - 1) / 2)]!)} per chart`);
console.log(`warm (cached by content hash):                  ${fmt(warm)} per chart`);
