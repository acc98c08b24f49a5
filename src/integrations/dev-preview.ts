/**
 * `npm run dev` shows content errors in the browser. Astro's own loader keeps the last
 * good version of an entry whose frontmatter broke and serves it with status 200, so an
 * author saw the old page and believed the edit worked; the error was only in the
 * terminal. Now, while the content check (the same `checkContent()` as the build and
 * `npm run check`) reports any error, every page of the preview answers 500 with the
 * list of errors, the requested page's own file first.
 *
 * Every page, not only the broken file's: the build refuses the whole site while any
 * file has an error, and a broken recap changes its program's, people's, tag and year
 * pages and the homepage's figures too, so no page of the preview is what would be
 * published. Matching a page to all the entries it shows would be a second map of the
 * site to keep true; this rule has no map to forget. It also covers pages Astro would
 * answer with a 404 (a renamed or unreadable file) or a 500 (its loader failing).
 *
 * The check's result is kept until a file under the content folder changes, then
 * redone once the changes settle, and the browser is told to reload when the errors
 * change: fixing the file brings the page back without a restart.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { formatProblem } from '../lib/check/problem.ts';
import { ContentState } from '../lib/preview/content-state.ts';
import { contentDir } from '../lib/paths.ts';
import { errorPageStylesheet, renderErrorPage, renderErrorText } from '../lib/preview/error-page.ts';
import { filesOfPage } from '../lib/preview/page-files.ts';
import { normalizeBase } from '../lib/urls.ts';
import { loadI18n } from '../i18n/load.ts';

/** The error page's stylesheet, under the base; a name no content route can have. */
const stylesheetPath = '__devrel-wiki/content-errors.css';

/** Files the site builds from content: answered with the errors as text while there are any. */
const dataExtensions = new Set(['.xml', '.ics', '.csv']);

/**
 * The request's path inside the site. Astro strips the base before later middleware sees
 * a request (`/devrel/recaps/x/` arrives as `/recaps/x/`); strip it here too in case not.
 */
function sitePathOf(req: IncomingMessage, base: string): string {
  const pathname = new URL(req.url ?? '/', 'http://preview').pathname;
  return base !== '/' && pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** What a request is, for this middleware: a page, a file built from content, or anything else. */
function kindOf(req: IncomingMessage, sitePath: string): 'page' | 'data' | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
  // Scripts, styles and images the browser asks for are Vite's and Astro's business.
  const dest = req.headers['sec-fetch-dest'];
  if (dest && dest !== 'document' && dest !== 'empty') return undefined;
  // Vite's own modules (/@vite/client, /@id/…, /@fs/…), source files, the search index.
  if (/^\/(?:@|_astro\/|src\/|node_modules\/|pagefind\/|__)/.test(sitePath)) return undefined;
  const ext = path.posix.extname(sitePath);
  if (ext === '' || ext === '.html') return 'page';
  return dataExtensions.has(ext) ? 'data' : undefined;
}

/**
 * @param base the site's base path (`/devrel/`); Astro serves pages and public files under
 * it, while Vite's own modules (its client) stay at Vite's base, `server.config.base`.
 */
function install(server: ViteDevServer, logger: AstroIntegrationLogger, base: string): void {
  const viteBase = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
  const state = new ContentState(contentDir, (errors, first) => {
    if (errors.length) {
      logger.error(`The preview shows ${errors.length === 1 ? 'this content error' : `these ${errors.length} content errors`} instead of pages until fixed:`);
      for (const error of errors) logger.error(formatProblem(error));
    } else if (!first) {
      logger.info('No content errors: the preview shows pages again.');
    }
    // Open pages reload: to the error list when a file broke, back to themselves when fixed.
    if (!first) server.hot.send({ type: 'full-reload', path: '*' });
  });

  // The content folder may lie outside the project (WIKI_CONTENT_DIR); watch it in any case.
  server.watcher.add(contentDir);
  const inContent = (file: string) => {
    const relative = path.relative(contentDir, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) {
    server.watcher.on(event, (file: string) => {
      if (inContent(file)) state.changed();
    });
  }
  server.httpServer?.once('close', () => state.dispose());

  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const sitePath = sitePathOf(req, base);
    if (sitePath === `/${stylesheetPath}`) {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(errorPageStylesheet);
      return;
    }
    const kind = kindOf(req, sitePath);
    if (!kind) return next();
    const report = state.current();
    if (!report.problems.some((p) => p.severity === 'error')) return next();
    // The site's language, with the team's words that pass the check (a broken strings.yaml leaves them out).
    const i18n = loadI18n(contentDir, report.site.locale);
    const body =
      kind === 'page'
        ? renderErrorPage({
            problems: report.problems,
            ownFiles: filesOfPage(sitePath, report.entries),
            requested: `${base}${sitePath.slice(1)}`,
            siteTitle: report.site.title,
            assets: { stylesheet: `${base}${stylesheetPath}`, icon: `${base}favicon.svg`, themeScript: `${base}theme.js`, viteClient: `${viteBase}@vite/client` },
            i18n,
          })
        : renderErrorText(report.problems, i18n);
    res.writeHead(500, {
      'Content-Type': `${kind === 'page' ? 'text/html' : 'text/plain'}; charset=utf-8`,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

export function devPreview(): AstroIntegration {
  let base = '/';
  return {
    name: 'devrel-wiki:dev-preview',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:server:setup': ({ server, logger }) => install(server, logger, base),
    },
  };
}
