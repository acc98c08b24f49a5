/**
 * `/img/<file>/<width>.webp`: the WebP sizes of each photo, for `srcset`
 * (src/lib/media/image-variants.ts decides the widths from the photo's own).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { imageVariantFile, imageVariantParams } from '../../lib/media/published-media.ts';
import { contentDir } from '../../lib/paths.ts';

export const getStaticPaths = (() => imageVariantParams(contentDir).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const image = await imageVariantFile(contentDir, String(params.file));
  return image ? new Response(image.bytes as BodyInit, { headers: { 'Content-Type': image.type } }) : new Response(null, { status: 404 });
};
