/**
 * `/brand/logo.svg` or `/brand/logo.png`: the team's logo (site.yaml `brand.logo`),
 * copied from the content folder so the header and the browser tab can show it. The
 * content check has refused unsafe or broken files before the build gets here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../data/site.ts';
import { logoFileName, logoMediaType, readLogo } from '../../lib/brand/logo.ts';
import { contentDir } from '../../lib/paths.ts';

export const getStaticPaths = (() => {
  const logo = site.brand?.logo;
  return logo ? [{ params: { file: logoFileName(logo) } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  const logo = site.brand!.logo!;
  return new Response(new Uint8Array(readLogo(contentDir, logo)), { headers: { 'content-type': logoMediaType(logo) } });
};
