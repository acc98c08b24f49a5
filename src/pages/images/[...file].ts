/**
 * `/images/<file>`: a photo authors put in content/images/, re-encoded at most 1,600
 * pixels wide in its own format, without its EXIF, XMP or IPTC data (published-media.ts).
 * What `src` and links point at; pages offer WebP sizes beside it (src/pages/img/). Only
 * the formats of site-files.ts are published: an SVG opened on its own is a document
 * that can run scripts, so `npm run check` refuses it and nothing here publishes it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { imageFile, publishedImages } from '../../lib/media/published-media.ts';
import { contentDir } from '../../lib/paths.ts';

export const getStaticPaths = (() => publishedImages(contentDir).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const image = await imageFile(contentDir, String(params.file));
  return image ? new Response(image.bytes as BodyInit, { headers: { 'Content-Type': image.type } }) : new Response(null, { status: 404 });
};
