/**
 * `/robots.txt`: the wiki is internal by default, so crawlers are turned away unless
 * `content/site.yaml` sets `public: true`. Under a base path the file lands at
 * `<base>/robots.txt`; crawlers only read it at the host root, which is why every page
 * also carries `<meta name="robots" content="noindex, nofollow">` (see BaseLayout).
 */
import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';

export const GET: APIRoute = () => {
  const rule = site.public ? 'Allow: /' : 'Disallow: /';
  return new Response(`User-agent: *\n${rule}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
