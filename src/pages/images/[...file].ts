/**
 * Images authors put in content/images/, served at /images/<file> so pages can show
 * them (`![…](/images/booth.jpg)`, `<Figure src="/images/booth.jpg">`). An endpoint
 * rather than a copy in public/, so content/ stays the one folder authors edit. Only
 * the formats of site-files.ts are served: an SVG opened on its own is a document that
 * can run scripts, so `npm run check` refuses it and nothing here publishes it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { imageExtensions, imagesDir, readSiteFiles } from '../../lib/check/body/site-files.ts';
import { contentDir } from '../../lib/paths.ts';

const mediaTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

export const getStaticPaths = (() =>
  [...readSiteFiles(contentDir).images]
    .filter((file) => imageExtensions.has(path.extname(file).toLowerCase()))
    .map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const bytes = readFileSync(path.join(contentDir, imagesDir, file));
  return new Response(bytes, { headers: { 'Content-Type': mediaTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream' } });
};
