/**
 * `npm run dev` answers media URLs as the build publishes them. Astro's dev router
 * applies `trailingSlash: 'always'` to routes whose pattern has no file extension, such
 * as `/images/[...file]`: `/images/booth.jpg` answered 404 and only `/images/booth.jpg/`
 * reached the route, so every photo and the logo showed as alt text in the preview. The
 * build writes those routes as plain files, so it never had the problem. This middleware
 * adds the slash Astro's router wants to such a request before Astro sees it: the same
 * route then answers, with the same bytes as the build, under any base path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { mediaRoots, normalizeBase } from '../lib/urls.ts';

/** Routes that publish files, each named by its last path segment (`booth.jpg`, `800.webp`, `logo.svg`). */
const fileRoutes = [...Object.values(mediaRoots), '/brand/'];

/** The request URL with a slash after a file route's path, or undefined when it is not one. */
export function devFileRouteUrl(url: string, base: string): string | undefined {
  const [pathname = '', query] = url.split(/\?(.*)/s, 2);
  const sitePath = base !== '/' && pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  if (!fileRoutes.some((root) => sitePath.startsWith(root)) || sitePath.endsWith('/') || !path.posix.extname(sitePath)) return undefined;
  return `${pathname}/${query === undefined ? '' : `?${query}`}`;
}

export function devMedia(): AstroIntegration {
  let base = '/';
  return {
    name: 'devrel-wiki:dev-media',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:server:setup': ({ server }: { server: ViteDevServer }) => {
        server.middlewares.use((req: IncomingMessage, _res: ServerResponse, next: () => void) => {
          const rewritten = req.url && (req.method === 'GET' || req.method === 'HEAD') ? devFileRouteUrl(req.url, base) : undefined;
          if (rewritten) req.url = rewritten;
          next();
        });
      },
    },
  };
}
