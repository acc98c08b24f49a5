/**
 * Which files the wiki publishes for one photo, decided from its header alone, so the
 * page that shows it, the route that writes the files, the digest and the export all
 * agree without talking to each other:
 *
 * - `/images/<file>`: the photo at most 1,600 pixels wide, re-encoded in its own format
 *   (what `src` and links point at, what old browsers and feed readers get);
 * - `/img/<file>/<width>.webp`: WebP at the layout's widths, for `srcset`.
 *
 * Nothing is published byte for byte: every file is re-encoded by sharp, which drops
 * EXIF, XMP and IPTC (GPS position, camera serial, names) and converts colours to sRGB.
 */
import type { ImageFormat, ImageHeader } from './image-header.ts';

/** Larger is not a photo for a web page but a poster scan or a panorama: the check refuses it. */
export const imageLimits = {
  /** 50 MB: no phone photo comes near it; a RAW export might. */
  maxBytes: 50 * 1024 * 1024,
  /** 40 megapixels: a 12–24 MP phone or camera photo passes, a stitched panorama does not. */
  maxPixels: 40_000_000,
} as const;

/** Widths for `srcset`: a phone's full width to twice the 760-pixel text column. */
export const widthLadder = [320, 640, 960, 1280, 1600] as const;

/** The widest file published for any photo. */
export const maxPublishedWidth = widthLadder.at(-1)!;

/** The format `srcset` uses: every current browser shows it, at a third of a JPEG's weight. */
export const webFormat = 'webp';

/** The widths of a photo's WebP files: the ladder up to the photo's own width (never enlarged). */
export function variantWidths(sourceWidth: number): number[] {
  const widths: number[] = widthLadder.filter((width) => width < sourceWidth);
  if (sourceWidth <= maxPublishedWidth) widths.push(sourceWidth);
  return widths;
}

/** The width of the plain `/images/<file>`: the photo's own, at most maxPublishedWidth. */
export const fallbackWidth = (sourceWidth: number): number => Math.min(sourceWidth, maxPublishedWidth);

/** The height a width gives, keeping the photo's shape. */
export const heightAt = (header: Pick<ImageHeader, 'width' | 'height'>, width: number): number =>
  Math.max(1, Math.round((header.height * width) / header.width));

/** Where a mail client or a blog CMS needs JPEG or PNG: a JPEG or PNG stays what it is; others become PNG when they may be transparent, else JPEG. */
export const plainFormat = (header: Pick<ImageHeader, 'alpha' | 'format'>): 'jpeg' | 'png' =>
  header.format === 'jpeg' || header.format === 'png' ? header.format : header.alpha ? 'png' : 'jpeg';

/** File extension for a format. */
export const extensionOf = (format: ImageFormat): string => (format === 'jpeg' ? 'jpg' : format);
