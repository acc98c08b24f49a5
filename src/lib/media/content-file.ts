/**
 * Media files (photos, video files) are read from `content/` by the check, the build, the
 * dev server, the digest and the export. Content is untrusted, so none of them may follow
 * a symbolic link: a link named `content/images/team.jpg` pointing at a file elsewhere on
 * the build machine would publish that file. Every media read goes through here: the
 * path must stay inside the content folder and every part of it must be a real folder or
 * file, checked with `lstat`, never followed. Errors name the link, never its target.
 */
import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ContentFileError, readContentFile } from '../content-fs.ts';

export { ContentFileError };

/**
 * The absolute path and `lstat` of `relative` (forward slashes, below `contentDir`), or a
 * ContentFileError when it leaves the folder, is missing, or is or passes through a link.
 */
export function contentFileStat(contentDir: string, relative: string): { abs: string; stat: Stats } {
  const parts = relative.split('/');
  if (!relative || parts.some((part) => part === '' || part === '.' || part === '..' || part.includes('\\') || part.includes('\0'))) {
    throw new ContentFileError('missing', relative, `"${relative}" is not a plain path inside the content folder`);
  }
  let abs = path.resolve(contentDir);
  let stat: Stats | undefined;
  for (const [index, part] of parts.entries()) {
    abs = path.join(abs, part);
    try {
      stat = lstatSync(abs);
    } catch {
      throw new ContentFileError('missing', relative, `no file ${parts.slice(0, index + 1).join('/')} in the content folder`);
    }
    if (stat.isSymbolicLink()) {
      throw new ContentFileError('symbolic link', parts.slice(0, index + 1).join('/'), `${parts.slice(0, index + 1).join('/')} is a symbolic link; the wiki only publishes files that are really in the content folder`);
    }
  }
  if (!stat?.isFile()) throw new ContentFileError('special file', relative, `${relative} is not a file`);
  return { abs, stat };
}

/** The bytes of a media file below `contentDir`, at most `maxBytes`, through the closed-world reader (content-fs.ts). */
export function readMediaFile(contentDir: string, relative: string, maxBytes: number): Buffer {
  const { abs } = contentFileStat(contentDir, relative);
  return readContentFile(contentDir, abs, maxBytes);
}
