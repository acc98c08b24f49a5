/**
 * Runs the real `npm run build` pipeline (scripts/build.ts) into a temporary folder,
 * so tests see exactly what a user's build produces, including failures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withAstroLock } from './astro-lock.ts';

export interface BuildResult {
  ok: boolean;
  outDir: string;
  output: string;
  /** The build process's id: its staging folder is `.staging/build-<pid>`. */
  pid: number;
}

/** A fixed "now" (2026-11-25T00:00:00Z) so meeting dates and review banners are reproducible. */
export const fixedEpoch = '1795564800';

export function buildSite(options: { contentDir?: string; base?: string; outDir?: string; env?: Record<string, string> } = {}): BuildResult {
  const outDir = options.outDir ?? path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-build-')), 'dist');
  const result = withAstroLock(() => spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SOURCE_DATE_EPOCH: fixedEpoch,
      WIKI_OUT_DIR: outDir,
      WIKI_LOG_LEVEL: 'warn',
      BASE_PATH: options.base ?? '/',
      ...(options.contentDir ? { WIKI_CONTENT_DIR: options.contentDir } : {}),
      // A cache of its own, and one Astro at a time (astro-lock.ts): test files run in parallel.
      WIKI_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-cache-')),
      ...options.env,
    },
  }));
  return { ok: result.status === 0, outDir, output: `${result.stdout}\n${result.stderr}`, pid: result.pid };
}
