/**
 * `npm run build`: builds the wiki into a staging folder and moves it to `dist/` only
 * when everything succeeded, so a failed build never leaves a half-written site for
 * the web server to publish. Later steps (search index) run on the staged output.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SearchIndexer } from '../src/integrations/search-indexer.ts';
import { startEarlyCheck } from '../src/lib/check/early-check.ts';
import { contentDir } from '../src/lib/paths.ts';

// No Node compile cache (module.enableCompileCache): it is keyed by file path, and Astro's
// build chunks live in a new staging folder every build, so it never hit for them. It
// wrote ~2,200 new entries (~24 MB) per build at 3,000 recaps, about a second of the exit,
// and grew without bound; a small wiki's build was no faster with it (2.8–3.8 s on,
// 2.8–3.3 s off, four alternating pairs).
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// One thread for Node's file system work, unless UV_THREADPOOL_SIZE says otherwise. Astro
// writes four pages at once; on 2 cores the default four threads contended for the same
// folder (each page's mkdir locks recaps/) and took the CPU from rendering and Pagefind.
// With one, a build of 3,000 recaps was faster in 8 of 8 alternating pairs (by 0.1–1.2 s,
// 12.9–14.0 s against 13.5–14.6 s) and one of 300 in 4 of 4 (by 0.1–0.5 s). It must be
// set before the first file operation that uses the pool: nothing above does.
process.env.UV_THREADPOOL_SIZE ??= '1';
// Vite's own variables leak in when a build is started from another Vite process
// (vitest sets BASE_URL=/); Astro lets them override the configured base, so drop them.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];
const root = process.cwd();
const finalDir = path.resolve(root, process.env.WIKI_OUT_DIR || 'dist');
const stagingDir = path.resolve(root, '.staging', `build-${process.pid}`);
process.env.WIKI_OUT_DIR = stagingDir;

const started = performance.now();
// The content guard's check runs alongside Astro's start-up (see early-check.ts).
startEarlyCheck(contentDir);
try {
  mkdirSync(path.dirname(stagingDir), { recursive: true });
  const { build } = await import('astro');
  await build({ root, outDir: stagingDir, logLevel: process.env.WIKI_LOG_LEVEL as 'info' | undefined ?? 'info' });
  rmSync(finalDir, { recursive: true, force: true });
  // WIKI_OUT_DIR may name a folder whose parent does not exist yet.
  mkdirSync(path.dirname(finalDir), { recursive: true });
  publish(stagingDir, finalDir);
  console.log(`\nWiki built into ${path.relative(root, finalDir) || '.'}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  // Pages render four at once and the search index writes in the background, so files
  // can still land in the staging folder after the failure: stop the index, remove the
  // folder now, and once more when everything in flight has settled.
  await SearchIndexer.stop();
  rmSync(stagingDir, { recursive: true, force: true });
  process.once('exit', () => rmSync(stagingDir, { recursive: true, force: true }));
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nBuild failed; ${existsSync(finalDir) ? `the previous ${path.relative(root, finalDir)}/ was left untouched` : 'nothing was published'}.\n${message}`);
  process.exitCode = 1;
}

/** Move the finished site into place. Across file systems rename cannot, so copy instead. */
function publish(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
