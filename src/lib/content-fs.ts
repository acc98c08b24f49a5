/**
 * `content/` is a closed world: every reader of content (check, build, loaders, images,
 * brand, dev preview, init, export, digest, pull) reads through here, and nothing here
 * follows a symbolic link or opens anything but a plain file.
 *
 * Links are refused altogether rather than followed when they stay inside `content/`:
 * an author editing on GitHub cannot make one, a link that stays inside today can be
 * re-pointed tomorrow in a pull request nobody reads closely (to `/proc/self/environ`,
 * to a secrets file, to a folder elsewhere on the CI machine), and one rule ("only plain
 * files and folders") is one a reviewer can check. Refusing also keeps `npm run check`
 * and the build reading exactly the same files: check never skips what a link would
 * make the build read. A refused entry is named, never what it points to.
 *
 * Files are also bounded here: a reader gives a size limit, and a file over it is
 * refused before it is read, so a hostile size never reaches a parser.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';

/** Why a path under content/ cannot be read. */
export type RefusalKind = 'symbolic link' | 'special file' | 'too large' | 'missing';

/** A content path that is not a plain file (or folder) the wiki may read. */
export class ContentFileError extends Error {
  readonly kind: RefusalKind;
  /** The path relative to the content folder, with forward slashes. */
  readonly relative: string;
  constructor(kind: RefusalKind, relative: string, message: string) {
    super(message);
    this.name = 'ContentFileError';
    this.kind = kind;
    this.relative = relative;
  }
}

/** An entry of content/ that is neither a plain file nor a folder. */
export interface RefusedEntry {
  /** Path relative to the content folder, forward slashes. */
  relative: string;
  kind: 'symbolic link' | 'special file';
}

/** Folders deeper than this are not walked: no real wiki nests this far, and a walk must end. */
export const maxFolderDepth = 24;

const forward = (relative: string) => relative.split(path.sep).join('/');

/**
 * Every symbolic link and special file (socket, FIFO, device) anywhere under `contentDir`,
 * dot-folders included, found without following any link. One walk with `lstat`
 * semantics (`readdir` with file types reports a link as a link).
 */
export function refusedEntries(contentDir: string): RefusedEntry[] {
  const refused: RefusedEntry[] = [];
  const pending: Array<{ dir: string; depth: number }> = [{ dir: contentDir, depth: 0 }];
  while (pending.length) {
    const { dir, depth } = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      const relative = forward(path.relative(contentDir, abs));
      if (entry.isSymbolicLink()) refused.push({ relative, kind: 'symbolic link' });
      else if (entry.isDirectory()) {
        if (depth + 1 < maxFolderDepth) pending.push({ dir: abs, depth: depth + 1 });
      } else if (!entry.isFile()) refused.push({ relative, kind: 'special file' });
    }
  }
  return refused.sort((a, b) => a.relative.localeCompare(b.relative));
}

/**
 * Throws unless every folder between `contentDir` and `abs` is a real folder (no link)
 * and `abs` lies inside `contentDir`. The content folder itself may be reached through a
 * link (a checkout under a linked home folder, `WIKI_CONTENT_DIR`); what is below it may not.
 */
function assertPlainPath(contentDir: string, abs: string): string {
  const relative = path.relative(contentDir, abs);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ContentFileError('missing', forward(relative), `"${forward(relative)}" is outside the content folder`);
  }
  const parts = relative.split(path.sep);
  let current = contentDir;
  for (const part of parts.slice(0, -1)) {
    current = path.join(current, part);
    let stats;
    try {
      stats = lstatSync(current);
    } catch {
      throw new ContentFileError('missing', forward(relative), `no file content/${forward(relative)}`);
    }
    if (stats.isSymbolicLink()) {
      const link = forward(path.relative(contentDir, current));
      throw new ContentFileError('symbolic link', link, `content/${link} is a symbolic link, and the wiki reads only plain files and folders in content/`);
    }
    if (!stats.isDirectory()) throw new ContentFileError('missing', forward(relative), `no file content/${forward(relative)}`);
  }
  return forward(relative);
}

/**
 * The bytes of a plain file inside `contentDir`, at most `maxBytes` of them. Refuses a
 * symbolic link (at the file or any folder on the way), a socket, FIFO or device (which
 * could block a read forever), and a file over the limit, each with a `ContentFileError`.
 * The final component is opened with O_NOFOLLOW and checked on the open descriptor, so a
 * link swapped in between the checks is refused too.
 */
export function readContentFile(contentDir: string, abs: string, maxBytes: number): Buffer {
  const relative = assertPlainPath(contentDir, abs);
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') throw new ContentFileError('symbolic link', relative, `content/${relative} is a symbolic link, and the wiki reads only plain files and folders in content/`);
    throw new ContentFileError('missing', relative, `no file content/${relative}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new ContentFileError('special file', relative, `content/${relative} is not a plain file`);
    if (stats.size > maxBytes) {
      throw new ContentFileError('too large', relative, `content/${relative} is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} the wiki reads for a file like it`);
    }
    const buffer = Buffer.alloc(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, buffer, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** `readContentFile` as UTF-8 text. */
export function readContentText(contentDir: string, abs: string, maxBytes: number): string {
  return readContentFile(contentDir, abs, maxBytes).toString('utf8');
}

/** Whether `abs` is a plain file inside `contentDir` reached without any link. */
export function isPlainContentFile(contentDir: string, abs: string): boolean {
  try {
    assertPlainPath(contentDir, abs);
    return lstatSync(abs).isFile();
  } catch {
    return false;
  }
}

/** "1.5 MB", "200 KB", "900 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
