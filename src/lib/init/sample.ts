/**
 * Whether the content folder still holds the sample team, so `npm run init` may replace
 * it without asking. The sample's files are listed with their SHA-256 in
 * sample-manifest.json: the folder is "still the sample" when every file in it is one of
 * those, unchanged (files may be missing: deleting sample files loses nothing). Any file
 * the team added or edited makes it theirs, and init then needs --force. A hash, not the
 * git history, because a fork's history starts as the sample's and a copy may have none.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const manifestFile = new URL('./sample-manifest.json', import.meta.url);

/** `{ "programs/x.mdx": "<sha256>" }` for every file under `dir` (dot files left out). */
export function hashFolder(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  let names: string[];
  try {
    names = (readdirSync(dir, { recursive: true }) as string[]).sort();
  } catch {
    return hashes;
  }
  for (const name of names) {
    const posix = name.split(path.sep).join('/');
    if (posix.split('/').some((part) => part.startsWith('.'))) continue;
    const file = path.join(dir, name);
    const stats = lstatSync(file);
    if (stats.isDirectory()) continue;
    // A link or special file is never the sample's, and is never opened (content/ is a
    // closed world, see content-fs.ts): it counts as the team's, so init asks first.
    if (!stats.isFile()) {
      hashes[posix] = 'not a plain file';
      continue;
    }
    // Line endings as checked out on Windows must not make the sample look edited.
    const text = readFileSync(file).toString('binary').replace(/\r\n/g, '\n');
    hashes[posix] = createHash('sha256').update(text, 'binary').digest('hex');
  }
  return hashes;
}

export function readManifest(): Record<string, string> {
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
}

export interface SampleState {
  /** True when every file is an unchanged sample file. */
  isSample: boolean;
  /** Files that are not in the sample, or differ from it. */
  teamFiles: string[];
  /** Every file in the folder (what init would remove). */
  files: string[];
}

export function sampleState(contentDir: string, manifest = readManifest()): SampleState {
  const hashes = hashFolder(contentDir);
  const files = Object.keys(hashes);
  const teamFiles = files.filter((file) => manifest[file] !== hashes[file]);
  return { isSample: teamFiles.length === 0, teamFiles, files };
}
