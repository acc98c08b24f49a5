/**
 * Listing content folders the way Astro's glob() loader sees them, for every check that
 * walks content/: files below a folder, relative, sorted, skipping dot-files and
 * dot-folders (as the loader does), and nothing at all for a folder that is missing.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files below `dir`, relative with the platform's separator, sorted. */
export function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
      .filter((rel) => !rel.split(path.sep).some((part) => part.startsWith('.') && part !== '.'))
      .sort();
  } catch {
    return [];
  }
}

/** Names directly in `dir`, sorted; none for a missing folder. */
export function listNames(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

export function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
