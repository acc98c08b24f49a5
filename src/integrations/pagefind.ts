/**
 * Site search: indexes the built site with Pagefind's Node API at the end of
 * `astro build` and writes the index to `<out>/pagefind/`. Only elements marked
 * `data-pagefind-body` (the main content of content pages, see BaseLayout) are
 * indexed. In `astro dev` there is no built HTML to index, so the dev server serves
 * the index of the last build instead; the search page says what to run when there
 * is none.
 */
import { createReadStream, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration } from 'astro';

/** Thrown when Pagefind reports a problem; the build fails with Pagefind's own words. */
export class SearchIndexError extends Error {
  constructor(step: string, errors: string[]) {
    super(`Search index: Pagefind failed to ${step}:\n${errors.join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

/** What one indexing run produced, for the build log and the tests. */
export interface IndexSummary {
  pages: number;
  bytes: number;
  milliseconds: number;
}

const unusedFiles = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/** Index every HTML file under `siteDir` into `siteDir/pagefind/`. */
export async function buildSearchIndex(siteDir: string): Promise<IndexSummary> {
  const started = performance.now();
  // Imported lazily so dev servers and unit tests never start Pagefind's binary.
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw new SearchIndexError('start', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new SearchIndexError('index the site', added.errors);
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new SearchIndexError('write the index', written.errors);
    // Pagefind also writes its ready-made UIs (~430 KB); the site renders its own, so
    // don't publish them.
    for (const file of readdirSync(outputPath)) if (unusedFiles.test(file)) rmSync(path.join(outputPath, file));
    const pages = indexedPages(outputPath);
    // Pagefind reports no error for a site with nothing marked as content; a search
    // box over an empty index would be a silent failure, so fail the build instead.
    if (pages === 0) throw new SearchIndexError('find content', [`No page under ${siteDir} has data-pagefind-body; nothing to search.`]);
    return { pages, bytes: folderSize(outputPath), milliseconds: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

/**
 * Pages in the written index. addDirectory's own page_count counts every HTML file it
 * read, including the list pages it then skipped for lacking data-pagefind-body.
 */
export function indexedPages(indexDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(indexDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** The Astro integration: index on `astro build`, serve the last build's index on `astro dev`. */
export function pagefindSearch(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'devrel-wiki:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${summary.pages} pages in ${(summary.milliseconds / 1000).toFixed(2)} s (${(summary.bytes / 1024).toFixed(0)} KiB)`);
      },
      'astro:server:setup': ({ server, logger }) => {
        // The build publishes into outDir (dist/ by default): reuse its index so search
        // works while writing, with results as of that build.
        const indexDir = path.join(outDir, 'pagefind');
        if (!existsSync(indexDir)) logger.warn('No search index yet: run `npm run build` once to search in development (no restart needed).');
        const prefix = `${base}pagefind/`;
        server.middlewares.use((request, response, next) => {
          const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!pathname.startsWith(prefix)) return next();
          const file = path.join(indexDir, pathname.slice(prefix.length));
          if (!file.startsWith(indexDir) || !existsSync(file) || !statSync(file).isFile()) {
            response.statusCode = 404;
            response.end('No search index: run `npm run build`, then reload.');
            return;
          }
          response.setHeader('content-type', contentTypes[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
