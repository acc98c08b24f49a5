/**
 * The photos of `content/images/` as the pages, routes, digest and export see them: a
 * file name to its header (size, format), read safely (no symbolic links) and
 * remembered until the file changes, so a page with a gallery of twenty photos reads
 * each header once per build, and `npm run dev` notices a replaced photo.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { imagesDir } from '../check/body/site-files.ts';
import { contentFileStat } from './content-file.ts';
import { readImageHeader, type ImageHeader } from './image-header.ts';

const remembered = new Map<string, { stamp: string; header: ImageHeader }>();

/**
 * The header of `/images/<file>` (`file` as written after `/images/`, decoded), or
 * undefined when there is no such readable image: the check has reported it then.
 */
export function contentImage(contentDir: string, file: string): ImageHeader | undefined {
  try {
    const { abs, stat } = contentFileStat(contentDir, `${imagesDir}/${file}`);
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
    const known = remembered.get(abs);
    if (known?.stamp === stamp) return known.header;
    const header = readImageHeader(abs, stat.size);
    remembered.set(abs, { stamp, header });
    return header;
  } catch {
    return undefined;
  }
}

/** The bytes of `/images/<file>`, read the same safe way. */
export function readContentImage(contentDir: string, file: string): Buffer {
  return readFileSync(contentFileStat(contentDir, `${imagesDir}/${file}`).abs);
}

/** `/images/booth.jpg` (or with the base, or URL-encoded) → `booth.jpg`; undefined for anything else. */
export function imageFileOf(src: string, base = '/'): string | undefined {
  let pathname = src.trim().split(/[?#]/)[0] ?? '';
  if (base !== '/' && pathname.startsWith(base)) pathname = `/${pathname.slice(base.length)}`;
  const prefix = `/${imagesDir}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  try {
    return path.posix.normalize(decodeURI(pathname.slice(prefix.length)));
  } catch {
    return undefined;
  }
}
