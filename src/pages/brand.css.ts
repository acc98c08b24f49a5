/**
 * `/brand.css`: the team's accent colour (site.yaml `brand.accent`) as the theme's
 * colour variables, in a stylesheet of its own because the Content-Security-Policy
 * allows no inline style. BaseLayout links it only when a brand colour is set. The
 * selector outranks global.css's `:root`, whichever stylesheet the browser reads last.
 */
import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';
import { brandCss } from '../lib/brand/css.ts';

export const GET: APIRoute = () =>
  new Response(site.brand?.accent ? brandCss(site.brand.accent, site.brand.accentDark) : '/* No brand colour in content/site.yaml. */\n', {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
