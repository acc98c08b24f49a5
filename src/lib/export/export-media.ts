/**
 * Photos and video files in a public recap: a blog outside the company cannot load the
 * wiki's `/images/…`, so the export writes each beside the Markdown and HTML, in a folder
 * of its own, and points the text at it. Photos go out resized and re-encoded as JPEG
 * (PNG when transparent), without EXIF, XMP or IPTC, exactly as the wiki publishes them;
 * video files with their metadata boxes blanked. Never an original.
 */
import path from 'node:path';
import { parseMarkdown, parseMdx, walk } from '../recaps/internal.ts';
import { contentImage, imageFileOf, contentImageSource } from '../media/content-images.ts';
import { deriveImage } from '../media/derive-image.ts';
import { extensionOf, fallbackWidth, plainFormat } from '../media/image-variants.ts';
import { videoFile } from '../media/published-media.ts';
import { mediaRoots } from '../urls.ts';

export interface ExportMedia {
  /** Path inside the export folder, forward slashes: `<recap-id>-media/booth.jpg`. */
  name: string;
  kind: 'image' | 'video';
  /** The file under content/images/ or content/videos/. */
  file: string;
}

/** True for `/images/…` and `/videos/…`: media the export carries rather than drops. */
export const isSiteMedia = (url: string): boolean => url.startsWith(mediaRoots.images) || url.startsWith(mediaRoots.videos);

/** The exported name of a photo: its path with the extension of the format it is written in. */
function imageName(contentDir: string, folder: string, file: string): string | undefined {
  const header = contentImage(contentDir, file);
  if (!header) return undefined;
  return `${folder}/${file.replace(/\.[^./]+$/, '')}.${extensionOf(plainFormat(header))}`;
}

/** The photo at `/images/<file>` as the export names it, adding it to `media`. */
export function exportImage(contentDir: string, folder: string, src: string, media: ExportMedia[]): string | undefined {
  const file = imageFileOf(src);
  const name = file ? imageName(contentDir, folder, file) : undefined;
  if (!file || !name) return undefined;
  if (!media.some((m) => m.name === name)) media.push({ name, kind: 'image', file });
  return name;
}

/** `markdown` with every site photo and video file pointing into `folder`, and the files to write. */
export function localiseMedia(markdown: string, format: 'md' | 'mdx', contentDir: string, folder: string, media: ExportMedia[]): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  walk(format === 'mdx' ? parseMdx(markdown) : parseMarkdown(markdown), (node) => {
    if (!node.position || (node.type !== 'image' && node.type !== 'link') || !node.url || !isSiteMedia(node.url)) return;
    let name: string | undefined;
    if (node.url.startsWith(mediaRoots.videos)) {
      const file = decodeURI(node.url.slice(mediaRoots.videos.length));
      name = `${folder}/${file}`;
      if (!media.some((m) => m.name === name)) media.push({ name, kind: 'video', file });
    } else {
      name = exportImage(contentDir, folder, node.url, media);
    }
    const source = markdown.slice(node.position.start.offset, node.position.end.offset);
    // The URL is the last "(…)" of the node's text: replace it there.
    const at = source.lastIndexOf(`(${node.url}`);
    if (!name || at < 0) return;
    edits.push({ start: node.position.start.offset + at + 1, end: node.position.start.offset + at + 1 + node.url.length, text: encodeURI(name) });
  });
  let out = markdown;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The bytes of each exported file. */
export async function exportMediaBytes(contentDir: string, item: ExportMedia): Promise<Uint8Array | undefined> {
  if (item.kind === 'video') return videoFile(contentDir, item.file)?.bytes;
  const header = contentImage(contentDir, item.file);
  if (!header) return undefined;
  return deriveImage(contentImageSource(contentDir, item.file), { width: fallbackWidth(header.width), format: plainFormat(header) });
}

/** Where a folder of exported media goes: `<recap-id>-media`. */
export const mediaFolderOf = (recapId: string): string => path.posix.basename(`${recapId}-media`);
