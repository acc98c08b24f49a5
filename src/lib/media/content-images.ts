/**
 * The photos of `content/images/` as the pages, routes, digest and export see them: a
 * file name to its header (size, format), read safely (no symbolic links) and
 * remembered until the file changes, so a page with a gallery of twenty photos reads
 * each header once per build, and `npm run dev` notices a replaced photo.
 */
import path from 'node:path';
import { imagesDir } from '../check/body/site-files.ts';
import { contentFileStat, readMediaFile } from './content-file.ts';
import { readImageHeader, type ImageHeader } from './image-header.ts';
import { imageLimits } from './image-variants.ts';
import { sha256, type ImageSource } from './derive-image.ts';

interface Remembered {
  stamp: string;
  header: ImageHeader;
  /** SHA-256 of the bytes, once a derived file asked for it. */
  sha256?: string;
}
const remembered = new Map<string, Remembered>();

/** The remembered header of `/images/<file>`, read again when the file changed; undefined when unreadable. */
function entryOf(contentDir: string, file: string): Remembered | undefined {
  try {
    const { abs, stat } = contentFileStat(contentDir, `${imagesDir}/${file}`);
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
    let known = remembered.get(abs);
    if (known?.stamp !== stamp) {
      known = { stamp, header: readImageHeader(abs, stat.size) };
      remembered.set(abs, known);
    }
    return known;
  } catch {
    return undefined;
  }
}

/**
 * The header of `/images/<file>` (`file` as written after `/images/`, decoded), or
 * undefined when there is no such readable image: the check has reported it then.
 */
export function contentImage(contentDir: string, file: string): ImageHeader | undefined {
  return entryOf(contentDir, file)?.header;
}

/** The bytes of `/images/<file>`, read the same safe way. */
export function readContentImage(contentDir: string, file: string): Buffer {
  return readMediaFile(contentDir, `${imagesDir}/${file}`, imageLimits.maxBytes);
}

/**
 * `/images/<file>` for derive-image.ts: its SHA-256, remembered until the file changes,
 * and its bytes read only when a derived file is not cached yet. A cached build reads
 * each photo once, not once per size.
 */
export function contentImageSource(contentDir: string, file: string): ImageSource {
  const entry = entryOf(contentDir, file);
  if (!entry) return readContentImage(contentDir, file);
  entry.sha256 ??= sha256(readContentImage(contentDir, file));
  return { sha256: entry.sha256, read: () => readContentImage(contentDir, file) };
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
