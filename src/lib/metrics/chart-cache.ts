/**
 * Charts cached by content hash: the key covers the spec, the renderer's own
 * version and the versions of Chart.js and @napi-rs/canvas, so an unchanged chart
 * costs one file read on the next build and any change to data or renderer redraws it.
 * `WIKI_CACHE_DIR` moves the cache with the rest of the build's caches.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderChartSvg, type ChartSpec } from './render-chart.ts';

/** Bump when render-chart.ts changes what it draws, to invalidate every cached chart. */
const rendererVersion = '5';

let versions: string | undefined;
function dependencyVersions(): string {
  if (versions) return versions;
  const require = createRequire(import.meta.url);
  // Chart.js does not export its package.json: find it above the resolved entry point.
  const version = (pkg: string): string => {
    for (let dir = path.dirname(require.resolve(pkg)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
        if (manifest.name === pkg) return manifest.version;
      } catch {
        // No package.json at this level: keep climbing.
      }
    }
    return 'unknown';
  };
  versions = `chart.js@${version('chart.js')} @napi-rs/canvas@${version('@napi-rs/canvas')} renderer@${rendererVersion}`;
  return versions;
}

/** Folder of cached SVGs. */
export function chartCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.WIKI_CACHE_DIR ? path.resolve(env.WIKI_CACHE_DIR, 'charts') : path.resolve('node_modules/.cache/devrel-wiki/charts');
}

/** The cache key of a spec: a SHA-256 over everything that decides its bytes. */
export function chartKey(spec: ChartSpec): string {
  return createHash('sha256').update(dependencyVersions()).update('\n').update(JSON.stringify(spec)).digest('hex');
}

/** Hits and misses since the process started, for the benchmark and build logs. */
export const chartCacheStats = { hits: 0, misses: 0 };

/** The chart's SVG, from the cache when this exact chart was drawn before. */
export function chartSvg(spec: ChartSpec, dir: string = chartCacheDir()): string {
  const file = path.join(dir, `${chartKey(spec)}.svg`);
  try {
    const svg = readFileSync(file, 'utf8');
    chartCacheStats.hits++;
    return svg;
  } catch {
    // Not cached yet: draw it below.
  }
  chartCacheStats.misses++;
  const svg = renderChartSvg(spec);
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a parallel build never reads half a file.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, svg);
  renameSync(temp, file);
  return svg;
}
