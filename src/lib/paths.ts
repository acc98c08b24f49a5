/**
 * Where authored content lives, relative to the directory the command runs in
 * (npm scripts always run at the project root). `WIKI_CONTENT_DIR` points the whole
 * site at another folder: tests build fixtures with it and the benchmark builds a
 * generated team with it.
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';

/** Absolute path of the content folder. */
export const contentDir: string = path.resolve(process.env.WIKI_CONTENT_DIR ?? 'content');

/** The same folder as a file URL ending in `/`, as Astro's loaders want it. */
export const contentRoot: URL = pathToFileURL(contentDir + path.sep);
