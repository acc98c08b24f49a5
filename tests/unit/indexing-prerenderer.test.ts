/**
 * The search index is fed while pages render: every page reaches it once with the HTML
 * Astro writes, list-only routes render last, and the index is told when the last
 * searchable page is done so it can be written while the lists render.
 */
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { entryRoute, indexingPrerenderer, outputFileOf } from '../../src/integrations/indexing-prerenderer.ts';

describe('outputFileOf', () => {
  it('maps a page URL under the base path to the file Astro writes', () => {
    expect(outputFileOf('/devrel/recaps/2026-03-23-kubecon/', '/devrel/')).toBe('recaps/2026-03-23-kubecon/index.html');
    expect(outputFileOf('/devrel/', '/devrel/')).toBe('index.html');
    expect(outputFileOf('/devrel/404', '/devrel/')).toBe('404.html');
    expect(outputFileOf('/tags/c%23/', '/')).toBe('tags/c#/index.html');
  });
});

describe('entryRoute', () => {
  it('names the pages of content entries, not lists, feeds or calendars', () => {
    for (const entry of ['src/pages/recaps/[key].astro', 'src/pages/programs/[id].astro', 'src/pages/team/[id].astro']) expect(entry).toMatch(entryRoute);
    for (const other of ['src/pages/tags/[tag]/[...page].astro', 'src/pages/recaps/[year]/page/[page].astro', 'src/pages/digest/[month].astro', 'src/pages/index.astro', 'src/pages/recaps/[id].ics.ts', 'src/pages/team/[id]/recaps/[...page].astro']) expect(other).not.toMatch(entryRoute);
  });
});

type Path = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
const route = (component: string, type = 'page') => ({ component, type }) as unknown as Path['route'];

function fakeAstro(paths: Path[]): AstroPrerenderer & { rendered: string[] } {
  const rendered: string[] = [];
  return {
    name: 'fake',
    rendered,
    getStaticPaths: async () => paths,
    render: async (request) => {
      rendered.push(new URL(request.url).pathname);
      return new Response(`<html><body data-path="${new URL(request.url).pathname}">é</body></html>`, { headers: { 'content-type': 'text/html' } });
    },
  };
}

describe('indexingPrerenderer', () => {
  const paths: Path[] = [
    { pathname: '/tags/a/', route: route('src/pages/tags/[tag]/[...page].astro') },
    { pathname: '/recaps/x/', route: route('src/pages/recaps/[key].astro') },
    { pathname: '/events.ics', route: route('src/pages/events.ics.ts', 'endpoint') },
    { pathname: '/digest/2026-10/', route: route('src/pages/digest/[month].astro') },
    { pathname: '/', route: route('src/pages/index.astro') },
  ];

  it('renders entry pages first and says when they are done', async () => {
    const events: string[] = [];
    const astro = fakeAstro(paths);
    const wrapped = indexingPrerenderer(astro, '/', { page: (file) => events.push(`page ${file}`), searchablePagesDone: () => events.push('done') });
    const ordered = await wrapped.getStaticPaths();
    expect(ordered.map((p) => p.pathname)).toEqual(['/recaps/x/', '/tags/a/', '/events.ics', '/digest/2026-10/', '/']);
    for (const { pathname, route } of ordered) await wrapped.render(new Request(`http://localhost${pathname}`), { routeData: route });
    expect(events).toEqual(['page recaps/x/index.html', 'done', 'page tags/a/index.html', 'page digest/2026-10/index.html', 'page index.html']);
  });

  it('returns the same page Astro rendered and skips endpoints', async () => {
    const seen: string[] = [];
    const wrapped = indexingPrerenderer(fakeAstro(paths), '/', { page: (_, html) => seen.push(html), searchablePagesDone: () => {} });
    const page = await wrapped.render(new Request('http://localhost/recaps/x/'), { routeData: paths[1]!.route });
    const endpoint = await wrapped.render(new Request('http://localhost/events.ics'), { routeData: paths[2]!.route });
    const response = page instanceof Response ? page : page.response;
    expect(await response.text()).toBe('<html><body data-path="/recaps/x/">é</body></html>');
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(seen).toEqual(['<html><body data-path="/recaps/x/">é</body></html>']);
    expect(endpoint).toBeInstanceOf(Response);
  });

  it('says at once when there is nothing but lists', async () => {
    let done = false;
    const wrapped = indexingPrerenderer(fakeAstro([paths[0]!]), '/', { page: () => {}, searchablePagesDone: () => (done = true) });
    await wrapped.getStaticPaths();
    expect(done).toBe(true);
  });
});
