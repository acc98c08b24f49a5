/**
 * What already exists in `content/`, for offering valid choices and checking the
 * references a new file will make. Reads ids from file names the same way the
 * checker does (`entryIdFromPath`), plus a label (title or name) for prompts.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { collections, collectionNames, entryIdFromPath, type CollectionName } from '../../schemas/collections.ts';
import { readSourceFile } from '../check/source-file.ts';
import { readContentText } from '../content-fs.ts';
import { maxTextFileBytes } from '../check/limits.ts';

export interface IndexedEntry {
  id: string;
  /** Title or name as written, for showing choices. */
  label: string;
  /** Path relative to the content folder. */
  file: string;
  /** Raw data as written (undefined when unreadable). */
  raw: Record<string, unknown> | undefined;
}

export type ContentIndex = Record<CollectionName, IndexedEntry[]>;

export function indexContent(contentDir: string): ContentIndex {
  const index = Object.fromEntries(collectionNames.map((name) => [name, [] as IndexedEntry[]])) as ContentIndex;
  for (const name of collectionNames) {
    const spec = collections[name];
    const dir = path.join(contentDir, spec.dir);
    const extensions = spec.kind === 'prose' ? /\.mdx?$/ : /\.ya?ml$/;
    let files: string[] = [];
    try {
      files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => extensions.test(f) && !/(^|[\\/])(README\.md|\.)/.test(f));
    } catch {
      continue;
    }
    for (const relative of files.sort()) {
      let raw: Record<string, unknown> | undefined;
      try {
        const data = readSourceFile(readContentText(contentDir, path.join(dir, relative), maxTextFileBytes), spec.kind).data;
        raw = data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
      } catch {
        raw = undefined;
      }
      const id = entryIdFromPath(name, relative.split(path.sep).join('/'));
      const label = String(raw?.title ?? raw?.name ?? id);
      index[name].push({ id, label, file: path.join(spec.dir, relative).split(path.sep).join('/'), raw });
    }
  }
  return index;
}
