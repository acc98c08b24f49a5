/**
 * Wraps Astro's own prerenderer (the documented `setPrerenderer` hook) so every page
 * it renders is also handed to the search index, while the build goes on to the next
 * page. Rendering itself is untouched: the same response, byte for byte, is returned
 * to Astro, which writes it as usual.
 *
 * Entry pages render first; lists, feeds and calendars after. The index is written as
 * soon as the last entry page has rendered, so Pagefind writes its files while Node
 * renders the rest.
 */
import type { AstroPrerenderer } from 'astro';

/**
 * Routes of entry pages, the only searchable ones: one page per content entry
 * (`programs/[id].astro`…, and `recaps/[key].astro`, which also serves the year lists).
 * Every other route lists, exports or explains (lists, digests, feeds, calendars) and
 * renders after them. A searchable page from another route would fail the build (the
 * index is written by then) and say so; name its file `[id].astro` to fix it.
 */
export const entryRoute = /\[(?:id|key)\]\.astro$/;

/** What the wrapper reports to the search index. */
export interface IndexingHooks {
  /** A page rendered; `outputFile` is where Astro writes it (see outputFileOf). */
  page(outputFile: string, html: string): void;
  /** Every page of an entry route has rendered. */
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

const utf8 = new TextDecoder();

export function indexingPrerenderer(inner: AstroPrerenderer, base: string, hooks: IndexingHooks): AstroPrerenderer {
  let searchableLeft = Infinity;
  const isEntry = (component: string) => entryRoute.test(component);
  return {
    name: 'devrel-wiki:indexing',
    setup: async () => inner.setup?.(),
    async getStaticPaths() {
      const paths = await inner.getStaticPaths();
      const first = paths.filter(({ route }) => isEntry(route.component));
      searchableLeft = first.length;
      if (searchableLeft === 0) hooks.searchablePagesDone();
      // Astro renders in this order; the order of the written files doesn't matter.
      return [...first, ...paths.filter(({ route }) => !isEntry(route.component))];
    },
    async render(request, options) {
      const result = await inner.render(request, options);
      try {
        return await handOver(result, request, options.routeData.type === 'page');
      } finally {
        if (isEntry(options.routeData.component) && --searchableLeft === 0) hooks.searchablePagesDone();
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
    // Astro writes the page's bytes: hand those back as they came, decoded once for the
    // index instead of decoded and encoded again (3,864 pages at 3,000 recaps).
    const bytes = new Uint8Array(await response.arrayBuffer());
    hooks.page(outputFileOf(new URL(request.url).pathname, base), utf8.decode(bytes));
    const same = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
    return result instanceof Response ? same : { ...result, response: same };
  }
}
