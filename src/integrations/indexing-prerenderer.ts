/**
 * Wraps Astro's own prerenderer (the documented `setPrerenderer` hook) so every page
 * it renders is also handed to the search index, while the build goes on to the next
 * page. Rendering itself is untouched: the same response, byte for byte, is returned
 * to Astro, which writes it as usual.
 *
 * Pages of list-only routes render last, and the index is written as soon as every
 * other page has rendered, so Pagefind writes its files while Node renders the lists.
 */
import type { AstroPrerenderer } from 'astro';

/**
 * Routes that only list other pages and so are never searchable: paginated lists and
 * the monthly digests. A searchable page from one of these would fail the build (the
 * index is already written by then), so a route that becomes searchable must leave
 * this list.
 */
export const listOnlyRoute = /\[(?:\.\.\.)?page\]\.astro$|^src\/pages\/digest\//;

/** What the wrapper reports to the search index. */
export interface IndexingHooks {
  /** A page rendered; `outputFile` is where Astro writes it (see outputFileOf). */
  page(outputFile: string, html: string): void;
  /** Every page outside list-only routes has rendered. */
  searchablePagesDone(): void;
}

/**
 * Where Astro writes a page rendered for `pathname`, relative to the output folder,
 * with `build.format: 'directory'`: `/devrel/recaps/x/` → `recaps/x/index.html`,
 * `/devrel/404` → `404.html`.
 */
export function outputFileOf(pathname: string, base: string): string {
  const relative = decodeURIComponent(pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, ''));
  if (relative === '' || relative.endsWith('/')) return `${relative}index.html`;
  return /\.[a-z0-9]+$/i.test(relative) ? relative : `${relative}.html`;
}

export function indexingPrerenderer(inner: AstroPrerenderer, base: string, hooks: IndexingHooks): AstroPrerenderer {
  let searchableLeft = Infinity;
  const listOnly = (component: string) => listOnlyRoute.test(component);
  return {
    name: 'devrel-wiki:indexing',
    setup: async () => inner.setup?.(),
    async getStaticPaths() {
      const paths = await inner.getStaticPaths();
      const first = paths.filter(({ route }) => !listOnly(route.component));
      searchableLeft = first.length;
      if (searchableLeft === 0) hooks.searchablePagesDone();
      // Astro renders in this order; the order of the written files doesn't matter.
      return [...first, ...paths.filter(({ route }) => listOnly(route.component))];
    },
    async render(request, options) {
      const result = await inner.render(request, options);
      try {
        return await handOver(result, request, options.routeData.type === 'page');
      } finally {
        if (!listOnly(options.routeData.component) && --searchableLeft === 0) hooks.searchablePagesDone();
      }
    },
    ...(inner.collectStaticImages ? { collectStaticImages: () => inner.collectStaticImages!() } : {}),
    teardown: async () => inner.teardown?.(),
  };

  /** Hands a rendered page to the index and gives Astro an identical response. */
  async function handOver(result: Awaited<ReturnType<AstroPrerenderer['render']>>, request: Request, isPage: boolean) {
    if (!isPage) return result;
    const response = result instanceof Response ? result : result.response;
    if (response.status !== 200 || !response.body) return result;
    const html = await response.text();
    hooks.page(outputFileOf(new URL(request.url).pathname, base), html);
    const same = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
    return result instanceof Response ? same : { ...result, response: same };
  }
}
