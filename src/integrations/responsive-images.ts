/**
 * Photos in Markdown and HTML bodies (`![Our booth](/images/booth.jpg)`, `<img src=…>`)
 * become responsive images: WebP sizes in `srcset` with `sizes`, `width` and `height`
 * so the text does not jump as they load, lazy loading (a body is below the page's
 * header). It runs after the content policy, which has already refused images from
 * other hosts, and before the base-links plugin.
 *
 * Astro keeps the rendered HTML of `.md` bodies between builds and renders a body again
 * only when its own text changes; the sizes written here come from the photos, so the
 * plugin carries a digest of every photo's name and size. Astro compares its whole
 * configuration, this plugin included, with the last build's and drops that cache when
 * it differs: replacing a photo with one of another size re-renders the bodies.
 */
import { createHash } from 'node:crypto';
import { defineHastPlugin } from 'satteri';
import { contentImage, imageFileOf } from '../lib/media/content-images.ts';
import { publishedImages } from '../lib/media/published-media.ts';
import { imageAttributes, imageSizes } from '../lib/media/responsive.ts';
import { joinBase } from '../lib/urls.ts';

interface JsxElement {
  type?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: JsxElement[];
}

/** A digest of every photo's name and shown size: what the HTML written here depends on. */
export function imagesDigest(contentDir: string): string {
  const hash = createHash('sha256');
  for (const file of publishedImages(contentDir)) {
    const header = contentImage(contentDir, file)!;
    hash.update(`${file}\0${header.width}x${header.height}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

export function responsiveImagesPlugin(base: string, contentDir: string) {
  const withBase = (target: string) => joinBase(base, target);
  const attributesFor = (src: unknown) => {
    const file = typeof src === 'string' ? imageFileOf(src, base) : undefined;
    return file ? imageAttributes(contentDir, file, imageSizes.body, withBase) : undefined;
  };
  const set = (node: never, ctx: { setProperty(node: never, key: string, value: unknown): void }, attributes: NonNullable<ReturnType<typeof attributesFor>>, jsx: boolean) => {
    ctx.setProperty(node, 'src', attributes.src);
    if (attributes.srcset) {
      ctx.setProperty(node, jsx ? 'srcset' : 'srcSet', attributes.srcset);
      ctx.setProperty(node, 'sizes', attributes.sizes);
    }
    ctx.setProperty(node, 'width', jsx ? String(attributes.width) : attributes.width);
    ctx.setProperty(node, 'height', jsx ? String(attributes.height) : attributes.height);
    ctx.setProperty(node, 'loading', 'lazy');
    ctx.setProperty(node, 'decoding', 'async');
  };
  const rewriteJsx = {
    filter: ['img', 'Gallery'],
    visit(node: unknown, ctx: { setProperty(node: never, key: string, value: unknown): void }) {
      const element = node as JsxElement;
      // A <Figure> inside a <Gallery> is one of its tiles (Figure.astro): smaller, linked to its full size.
      if (element.name === 'Gallery') {
        for (const child of element.children ?? []) {
          for (const part of child.type === 'paragraph' ? child.children ?? [] : [child]) {
            if (part.name === 'Figure') ctx.setProperty(part as never, 'inGallery', 'true');
          }
        }
        return;
      }
      const src = element.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
      const attributes = attributesFor(src);
      if (attributes) set(node as never, ctx, attributes, true);
    },
  };
  return {
    ...defineHastPlugin({
      name: 'devrel-wiki:responsive-images',
      element: {
        filter: ['img'],
        visit(node, ctx) {
          const attributes = attributesFor(node.properties?.src);
          if (attributes) set(node as never, ctx as never, attributes, false);
        },
      },
      mdxJsxFlowElement: rewriteJsx,
      mdxJsxTextElement: rewriteJsx,
    }),
    /** Not read by satteri: it makes Astro's configuration, and so its content cache, depend on the photos. */
    images: imagesDigest(contentDir),
  };
}
