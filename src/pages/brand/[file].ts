/**
 * `/brand/logo.svg` or `/brand/logo.png`: the team's logo (site.yaml `brand.logo`), for
 * the header and the browser tab. Never the file's own bytes: an SVG rebuilt from the
 * allowlist, a PNG without its metadata (logo.ts), so even a file the content check
 * missed publishes nothing that can run when the URL is opened on its own.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../data/site.ts';
import { logoFileName, logoMediaType, publishedLogo } from '../../lib/brand/logo.ts';
import { contentDir } from '../../lib/paths.ts';

export const getStaticPaths = (() => {
  const logo = site.brand?.logo;
  return logo ? [{ params: { file: logoFileName(logo) } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  const logo = site.brand!.logo!;
  return new Response(new Uint8Array(publishedLogo(contentDir, logo)), { headers: { 'content-type': logoMediaType(logo) } });
};
