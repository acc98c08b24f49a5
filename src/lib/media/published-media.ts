/**
 * Every media file the site publishes, and its bytes: one list for the build's routes
 * (src/pages/images/, img/, videos/) and for `npm run dev`, so the preview answers the
 * same URLs with the same files as the published site.
 *
 * - `/images/<file>`: the photo, at most 1,600 pixels wide, in its own format;
 * - `/img/<file>/<width>.webp`: its WebP sizes for `srcset`;
 * - `/videos/<file>`: an MP4 with its metadata boxes blanked.
 *
 * Originals are never published: each of these is re-encoded (photos) or cleaned
 * (videos), so no EXIF, XMP or IPTC byte leaves the content folder.
 */
import path from 'node:path';
import { imageExtensions, imagesDir } from '../check/body/site-files.ts';
import { listFiles } from '../check/list-files.ts';
import { readMediaFile } from './content-file.ts';
import { deriveImage } from './derive-image.ts';
import { contentImage, contentImageSource } from './content-images.ts';
import type { ImageFormat } from './image-header.ts';
import { fallbackWidth, variantWidths, webFormat } from './image-variants.ts';
import { maxVideoBytes, videoExtensions, videosDir, withoutVideoMetadata } from './video-file.ts';
import { mediaRoots } from '../urls.ts';

export const mediaTypes: Record<ImageFormat | 'mp4', string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  mp4: 'video/mp4',
};

const forward = (relative: string) => relative.split(path.sep).join('/');

/** Photos of content/images/ that pages can show (the check has refused the others). */
export function publishedImages(contentDir: string): string[] {
  return listFiles(path.join(contentDir, imagesDir))
    .map(forward)
    .filter((file) => imageExtensions.has(path.extname(file).toLowerCase()) && contentImage(contentDir, file));
}

/** MP4 files of content/videos/. */
export function publishedVideos(contentDir: string): string[] {
  return listFiles(path.join(contentDir, videosDir))
    .map(forward)
    .filter((file) => videoExtensions.has(path.extname(file).toLowerCase()));
}

/** The WebP widths published for a photo: none when its one size is the plain file (responsive.ts). */
function publishedWidths(width: number): number[] {
  const widths = variantWidths(width);
  return widths.length > 1 ? widths : [];
}

/** Route parameters of /img/: `<file>/<width>.webp` for every size of every photo. */
export function imageVariantParams(contentDir: string): string[] {
  return publishedImages(contentDir).flatMap((file) => publishedWidths(contentImage(contentDir, file)!.width).map((width) => `${file}/${width}.${webFormat}`));
}

export interface MediaFile {
  bytes: Uint8Array;
  type: string;
}

/** `/images/<file>`: the photo at its published size. */
export async function imageFile(contentDir: string, file: string): Promise<MediaFile | undefined> {
  const header = contentImage(contentDir, file);
  if (!header) return undefined;
  const bytes = await deriveImage(contentImageSource(contentDir, file), { width: fallbackWidth(header.width), format: header.format });
  return { bytes, type: mediaTypes[header.format] };
}

/** `/img/<file>/<width>.webp`, from the route parameter. */
export async function imageVariantFile(contentDir: string, param: string): Promise<MediaFile | undefined> {
  const match = /^(.+)\/(\d{1,5})\.webp$/.exec(param);
  if (!match) return undefined;
  const [, file, width] = match as unknown as [string, string, string];
  const header = contentImage(contentDir, file);
  if (!header || !publishedWidths(header.width).includes(Number(width))) return undefined;
  return { bytes: await deriveImage(contentImageSource(contentDir, file), { width: Number(width), format: webFormat }), type: mediaTypes.webp };
}

/** `/videos/<file>`: the MP4 without its metadata. */
export function videoFile(contentDir: string, file: string): MediaFile | undefined {
  if (!videoExtensions.has(path.extname(file).toLowerCase())) return undefined;
  try {
    return { bytes: withoutVideoMetadata(readMediaFile(contentDir, `${videosDir}/${file}`, maxVideoBytes)), type: mediaTypes.mp4 };
  } catch {
    return undefined;
  }
}

/**
 * The media file at a site path (without the base), for the dev server; undefined when
 * the path is not a media URL or names nothing.
 */
export async function mediaAt(contentDir: string, sitePath: string): Promise<MediaFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURI(sitePath);
  } catch {
    return undefined;
  }
  for (const [prefix, serve] of [
    [mediaRoots.images, (rest: string) => imageFile(contentDir, rest)],
    [mediaRoots.imageVariants, (rest: string) => imageVariantFile(contentDir, rest)],
    [mediaRoots.videos, (rest: string) => Promise.resolve(videoFile(contentDir, rest))],
  ] as const) {
    if (decoded.startsWith(prefix)) return serve(decoded.slice(prefix.length).replace(/\/$/, ''));
  }
  return undefined;
}
