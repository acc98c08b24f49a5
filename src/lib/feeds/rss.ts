/**
 * The one writer of the wiki's RSS 2.0 feeds. Every value from content goes through
 * `xmlText`, which escapes markup and drops the characters XML 1.0 forbids (control
 * characters, U+FFFE/FFFF, lone surrogates): one of them, or a `]]>`, anywhere in a
 * title would make the feed malformed XML, and a feed reader drops a malformed feed
 * whole, for every subscriber. The output is the same for the same input.
 */

export interface FeedItem {
  title: string;
  /** Absolute URL of the item's page; also its permanent `guid`. */
  link: string;
  pubDate: Date;
  description?: string;
  categories?: readonly string[];
  /** The author's e-mail address (RSS 2.0 asks for one, not a name). */
  author?: string;
  /** A file the item carries (a recap's cover photo), with its absolute URL, size in bytes and media type. */
  enclosure?: { url: string; length: number; type: string };
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the site. */
  link: string;
  /** The language the feed is written in, a BCP 47 tag (`ja`, `pt-BR`); `npm run check` has validated the site's. */
  language?: string;
  items: readonly FeedItem[];
}

/**
 * Characters XML 1.0 does not allow anywhere (§2.2 Char), plus C1 controls and DEL,
 * which it allows but which mean nothing in a title and confuse some readers.
 */
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Character data or an attribute value: markup escaped (`>` too, so `]]>` cannot occur), forbidden characters dropped. */
export function xmlText(value: string): string {
  return value.replace(forbidden, '').replace(/[&<>"']/g, (char) => entities[char]!);
}

const element = (name: string, value: string) => `<${name}>${xmlText(value)}</${name}>`;

function itemXml(item: FeedItem): string {
  return [
    '<item>',
    element('title', item.title),
    element('link', item.link),
    `<guid isPermaLink="true">${xmlText(item.link)}</guid>`,
    element('pubDate', item.pubDate.toUTCString()),
    ...(item.description ? [element('description', item.description)] : []),
    ...(item.categories ?? []).map((category) => element('category', category)),
    ...(item.author ? [element('author', item.author)] : []),
    ...(item.enclosure ? [`<enclosure url="${xmlText(item.enclosure.url)}" length="${Math.max(0, Math.trunc(item.enclosure.length))}" type="${xmlText(item.enclosure.type)}"/>`] : []),
    '</item>',
  ].join('');
}

/** The feed as an RSS 2.0 document. */
export function rssXml(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel>',
    element('title', feed.title),
    element('description', feed.description),
    element('link', feed.link),
    ...(feed.language ? [element('language', feed.language)] : []),
    ...feed.items.map(itemXml),
    '</channel></rss>',
  ].join('');
}
