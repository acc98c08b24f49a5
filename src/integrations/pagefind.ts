/**
 * Site search: builds a Pagefind index during `astro build`, page by page as Astro
 * renders them, and writes it to `<out>/pagefind/` once the last searchable page is
 * rendered (see search-indexer.ts and indexing-prerenderer.ts). Only elements marked
 * `data-pagefind-body` (the main content of content pages, see BaseLayout) are
 * indexed. In `astro dev` there is no built HTML to index, so the dev server serves
 * the index of the last build instead; the search page says what to run when there
 * is none.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexingPrerenderer } from './indexing-prerenderer.ts';
import { SearchIndexer } from './search-indexer.ts';

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** The Astro integration: index on `astro build`, serve the last build's index on `astro dev`. */
export function pagefindSearch(): AstroIntegration {
  let outDir = '';
  let base = '/';
  let indexer: SearchIndexer | undefined;
  let command = '';
  return {
    name: 'devrel-wiki:pagefind',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Pages reach the index as they render (see search-indexer.ts for why).
        indexer = new SearchIndexer();
        const session = indexer;
        setPrerenderer((astroPrerenderer) => indexingPrerenderer(astroPrerenderer, base, {
          page: (file, html) => session.add(file, html),
          searchablePagesDone: () => void session.write(outDir),
        }));
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexer) throw new Error('Search index: the build finished without starting the index.');
        // The same folder write() was given when the last entry page rendered.
        const summary = await indexer.finish(outDir);
        logger.info(`Indexed ${summary.pages} pages in ${(summary.milliseconds / 1000).toFixed(2)} s (${(summary.bytes / 1024).toFixed(0)} KiB)`);
      },
      'astro:server:setup': ({ server, logger }) => {
        // The build publishes into outDir (dist/ by default): reuse its index so search
        // works while writing, with results as of that build.
        const indexDir = path.join(outDir, 'pagefind');
        // Astro also starts a server inside `astro build`; the advice is for `astro dev` only.
        if (command === 'dev' && !existsSync(indexDir)) logger.warn('No search index yet: run `npm run build` once to search in development (no restart needed).');
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
