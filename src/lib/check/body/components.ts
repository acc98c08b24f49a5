/**
 * The one registry of components that content may use in `.mdx` bodies. Content is
 * data: an MDX file cannot import anything, so every component it can name is listed
 * here, with the attributes it takes. `npm run check`, the build's MDX pipeline and the
 * pages that render content (src/components/content/index.ts) all read this list, so a
 * component is either usable everywhere or nowhere.
 *
 * Attribute values are plain strings (`type="tip"`): expressions (`type={x}`) are code,
 * and content may not run code.
 */
import type { CollectionName } from '../../../schemas/collections.ts';

export interface ComponentAttribute {
  /** What the attribute is for, shown in hints. */
  description: string;
  /** The values it accepts, when it is a choice. */
  values?: readonly string[];
  /** Must be written on every use. */
  required?: boolean;
  /** The value is a URL that the browser loads (an image): it must be on the site itself. */
  loads?: boolean;
  /** The value is a recording: a YouTube or Vimeo address or id, or a file in content/videos/ (src/lib/media/video.ts). */
  video?: boolean;
}

export interface ContentComponent {
  /** One line for authors: what it shows. */
  summary: string;
  /** How to write it, shown in hints. */
  example: string;
  attributes: Readonly<Record<string, ComponentAttribute>>;
  /** Collections whose pages provide it; all collections when absent. */
  onlyIn?: readonly CollectionName[];
  /** Those collections as authors call them, and why the others lack it: "<X> only works in {label}: {reason}". */
  onlyInLabel?: string;
  onlyInReason?: string;
  /** How to fix a use elsewhere. */
  onlyInHint?: string;
  /** The only components it may contain (whitespace aside). */
  contains?: readonly string[];
}

export const calloutTypes = ['note', 'tip', 'important', 'warning'] as const;
export type CalloutType = (typeof calloutTypes)[number];

export const contentComponents = {
  Callout: {
    summary: 'a highlighted box for a note, a tip, something important or a warning',
    example: '<Callout type="tip" title="Before you start">…</Callout>',
    attributes: {
      type: { description: 'the kind of box', values: calloutTypes },
      title: { description: 'a short heading for the box' },
    },
  },
  Figure: {
    summary: 'an image from the site with a caption',
    example: '<Figure src="/images/booth.jpg" alt="Our booth at the expo hall">The caption</Figure>',
    attributes: {
      src: { description: 'the image, a file in content/images/ written as /images/<file>', required: true, loads: true },
      alt: { description: 'what the image shows, for people who cannot see it', required: true },
      caption: { description: 'the caption, when it is one short line (or write it between the tags)' },
    },
  },
  Gallery: {
    summary: 'photos with captions as a grid; each opens at full size',
    example: '<Gallery label="The booth">\n<Figure src="/images/booth.jpg" alt="Our booth on day one" caption="Day one" />\n</Gallery>',
    attributes: {
      label: { description: 'what the photos are of, read out by screen readers' },
    },
    contains: ['Figure'],
  },
  Video: {
    summary: 'a recording from YouTube, Vimeo or content/videos/, loaded only when the reader presses play',
    example: '<Video src="https://youtu.be/…" title="Keynote: Lumen 2 in ten minutes" />',
    attributes: {
      src: { description: 'a YouTube or Vimeo address or id, or /videos/<file>.mp4', required: true, video: true },
      title: { description: 'what the recording is, shown on the poster and read out', required: true },
      poster: { description: 'a still from content/images/ for the poster, written as /images/<file>', loads: true },
    },
  },
  Internal: {
    summary: 'a part of an event recap for colleagues only, left out of the public export',
    example: '<Internal reason="partner under NDA">…</Internal>',
    attributes: {
      reason: { description: 'why this part stays inside' },
      label: { description: 'the same as reason' },
    },
    onlyIn: ['recaps'],
    onlyInLabel: 'event recaps',
    onlyInReason: 'this page is internal to the wiki as a whole',
    onlyInHint: 'remove the tag and keep the text, or move what must not leave the company into a recap',
  },
} as const satisfies Record<string, ContentComponent>;

export type ContentComponentName = keyof typeof contentComponents;

export const contentComponentNames = Object.keys(contentComponents) as ContentComponentName[];

export function isContentComponent(name: string): name is ContentComponentName {
  return Object.hasOwn(contentComponents, name);
}

/**
 * Names other documentation tools use for what one of ours does, so an author who
 * writes Starlight's `<Aside>` or Docusaurus' `:::note` habit `<Note>` is pointed to
 * the right component rather than to the nearest spelling.
 */
export const componentAliases: Readonly<Record<string, string>> = {
  Aside: '<Callout type="note">',
  Admonition: '<Callout type="note">',
  Alert: '<Callout type="warning">',
  Note: '<Callout type="note">',
  Tip: '<Callout type="tip">',
  Info: '<Callout type="note">',
  Important: '<Callout type="important">',
  Warning: '<Callout type="warning">',
  Caution: '<Callout type="warning">',
  Danger: '<Callout type="warning">',
  Image: '<Figure src="/images/…" alt="…">',
  YouTube: '<Video src="https://youtu.be/…" title="…">',
  Vimeo: '<Video src="https://vimeo.com/…" title="…">',
  Embed: '<Video src="https://youtu.be/…" title="…">',
  Carousel: '<Gallery>',
  Slideshow: '<Gallery>',
  Photos: '<Gallery>',
  Img: '<Figure src="/images/…" alt="…">',
  Picture: '<Figure src="/images/…" alt="…">',
  Private: '<Internal>',
  Confidential: '<Internal>',
};

/** The components a collection's pages provide, for "you can use …" hints. */
export function componentsFor(collection: CollectionName): ContentComponentName[] {
  return contentComponentNames.filter((name) => {
    const onlyIn = (contentComponents[name] as ContentComponent).onlyIn;
    return !onlyIn || onlyIn.includes(collection);
  });
}
