/**
 * Whether a collection's folder holds any entry file. Astro's getCollection() warns
 * "The collection … does not exist or is empty" for every empty collection, on every
 * build: nine warnings a new team can do nothing about, since an empty collection is
 * simply one they have not written yet. Pages ask this first and skip the query.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { collections, type CollectionName } from '../schemas/collections.ts';

const extensions = { prose: /\.mdx?$/, data: /\.ya?ml$/ } as const;

export function hasEntryFiles(contentDir: string, name: CollectionName): boolean {
  const spec = collections[name];
  let files: string[];
  try {
    // Prose collections may nest (recaps/<year>/); data collections are flat.
    files = readdirSync(path.join(contentDir, spec.dir), { recursive: spec.kind === 'prose' }) as string[];
  } catch {
    return false;
  }
  return files.some((file) => extensions[spec.kind].test(file) && path.basename(file) !== 'README.md' && !path.basename(file).startsWith('.'));
}
