/**
 * The check's side of "content/ is a closed world" (see content-fs.ts): every symbolic
 * link and special file anywhere under content/, dot-folders included, is an error that
 * names the link and never what it points to (a link to /proc/self/environ must not
 * print the CI job's environment into the log while being refused).
 */
import path from 'node:path';
import { ContentFileError, refusedEntries } from '../content-fs.ts';
import type { Problem } from './problem.ts';

export function checkClosedWorld(contentDir: string, display: (abs: string) => string): Problem[] {
  return refusedEntries(contentDir).map(({ relative, kind }) => ({
    severity: 'error' as const,
    file: display(path.join(contentDir, relative)),
    message: kind === 'symbolic link'
      ? 'this is a symbolic link, and the wiki reads only plain files and folders in content/'
      : 'this is not a plain file (a socket, pipe or device), and the wiki reads only plain files and folders in content/',
    hint: kind === 'symbolic link'
      ? 'put the file itself here instead of a link to it (git rm the link, then add a copy)'
      : 'remove it from content/',
  }));
}

/**
 * A file that could not be read as a problem of that file. Links and special files are
 * already reported by `checkClosedWorld`, so they give none here (one error per link).
 */
export function unreadableFileProblem(error: unknown, file: string): Problem | undefined {
  if (!(error instanceof ContentFileError)) throw error;
  if (error.kind === 'symbolic link' || error.kind === 'special file') return undefined;
  if (error.kind === 'too large') return { severity: 'error', file, message: error.message.replace(/^content\/\S+ is/, 'the file is'), hint: 'split it into smaller files, or leave data that large out of content/' };
  return { severity: 'error', file, message: error.message };
}
