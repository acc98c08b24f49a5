/**
 * The attributes of an `<img>` showing a photo from content/images/: the plain file as
 * `src` (feed readers, e-mail, the oldest browsers), WebP sizes in `srcset` for the
 * browser to choose from with `sizes`, and `width`/`height` so the page keeps the photo's
 * place before it loads. Used by Markdown images (responsive-images.ts), `<Figure>`,
 * `<Gallery>` and recap covers, so every photo of the site is published the same way.
 */
import { contentImage } from './content-images.ts';
import { fallbackWidth, heightAt, variantWidths } from './image-variants.ts';
import { paths } from '../urls.ts';

/** How wide a photo shows, per place, for `sizes`. The text column is 68ch of 1.05rem: about 44rem. */
export const imageSizes = {
  body: '(min-width: 48rem) 44rem, calc(100vw - 2.5rem)',
  gallery: '(min-width: 48rem) 14rem, calc(50vw - 1.5rem)',
  cover: '(min-width: 48rem) 44rem, calc(100vw - 2.5rem)',
  thumbnail: '6rem',
} as const;

export interface ImageAttributes {
  src: string;
  /** Absent for a photo no wider than the smallest size: its one file is `src`. */
  srcset?: string;
  sizes?: string;
  width: number;
  height: number;
}

/**
 * Attributes for `/images/<file>`, with `base` applied by `withBase`; undefined when the
 * file is not a readable photo (the check reports it).
 */
export function imageAttributes(contentDir: string, file: string, sizes: string, withBase: (path: string) => string): ImageAttributes | undefined {
  const header = contentImage(contentDir, file);
  if (!header) return undefined;
  const width = fallbackWidth(header.width);
  const widths = variantWidths(header.width);
  return {
    src: withBase(paths.image(file)),
    ...(widths.length > 1 ? { srcset: widths.map((w) => `${withBase(paths.imageVariant(file, w))} ${w}w`).join(', '), sizes } : {}),
    width,
    height: heightAt(header, width),
  };
}
