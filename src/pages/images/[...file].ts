/**
 * Images authors put in content/images/, served at /images/<file> so pages can show
 * them (`![…](/images/booth.jpg)`, `<Figure src="/images/booth.jpg">`). An endpoint
 * rather than a copy in public/, so content/ stays the one folder authors edit. Only
 * the formats of site-files.ts are served: an SVG opened on its own is a document that
 * can run scripts, so `npm run check` refuses it and nothing here publishes it.
 */
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { imageExtensions, imagesDir, readSiteFiles } from '../../lib/check/body/site-files.ts';
import { contentDir } from '../../lib/paths.ts';
import { readContentFile } from '../../lib/content-fs.ts';

/** An image larger than this is no photo a page should show whole. */
const maxImageBytes = 50 * 1024 * 1024;

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
  // Plain files only: a link in content/images/ would publish whatever it points to.
  const bytes = readContentFile(contentDir, path.join(contentDir, imagesDir, file), maxImageBytes);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': mediaTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream' } });
};
