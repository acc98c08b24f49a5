/**
 * The recordings of a page, for the outlets that cannot play them (the RSS feed, the
 * digest e-mail, the blog export): each as a title and a link. A `<Video>` in an MDX
 * body and a recap link of kind `recording` both count; a hosted video links to its own
 * page (YouTube, Vimeo), a file to the wiki's copy.
 */
import { parseMdxBody } from '../check/body/mdx-syntax.ts';
import { walk } from '../recaps/internal.ts';
import { paths } from '../urls.ts';
import { parseVideoSource, watchUrl } from './video.ts';

export interface Recording {
  title: string;
  /** Absolute for hosted videos; site-relative (no base) for files. */
  url: string;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: JsxNode[];
}

/** `<Video src title>` elements of an MDX body, in order. */
export function bodyVideos(body: string): Array<{ src: string; title: string }> {
  if (!body.includes('<Video')) return [];
  const parsed = parseMdxBody(body);
  if (!parsed.tree) return [];
  const found: Array<{ src: string; title: string }> = [];
  walk(parsed.tree as never, (visited) => {
    const node = visited as unknown as JsxNode;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Video') {
      const value = (name: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const src = value('src');
      const title = value('title');
      if (typeof src === 'string') found.push({ src, title: typeof title === 'string' ? title : src });
    }
  });
  return found;
}

/** A recording's link, or undefined when the value is not one the wiki can play. */
export function recordingUrl(src: string): string | undefined {
  const parsed = parseVideoSource(src);
  if (!parsed.ok) return undefined;
  return parsed.source.kind === 'file' ? paths.video(parsed.source.file) : watchUrl(parsed.source);
}

/** Every recording of a body and of links marked `kind: recording`. */
export function recordingsOf(body: string, links: ReadonlyArray<{ label: string; url: string; kind?: string }> = []): Recording[] {
  const fromLinks = links.filter((link) => link.kind === 'recording').map((link) => ({ title: link.label, url: recordingUrl(link.url) ?? link.url }));
  const fromBody = bodyVideos(body).flatMap((video) => {
    const url = recordingUrl(video.src);
    return url ? [{ title: video.title, url }] : [];
  });
  return [...fromLinks, ...fromBody];
}
