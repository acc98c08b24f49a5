/**
 * Astro's glob() loader follows symbolic links; content/ is a closed world (content-fs.ts).
 * The content guard refuses a link before a build loads anything, so this is the second
 * wall, for `npm run dev` (which keeps running on content with errors) and for a build
 * started without the guard:
 * - without a file watcher (a build), a collection folder holding a link is not loaded at
 *   all: the error names the link, and nothing behind it is read;
 * - with one (dev), every entry the loader parses is checked first, and one reached
 *   through a link is refused before its text is parsed or stored, so no page, endpoint
 *   or error message of the preview can show what it points to.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isPlainContentFile, refusedEntries } from './content-fs.ts';

interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}
type InternalContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

const refusal = (relative: string) => new Error(`content/${relative} is a symbolic link or special file, and the wiki reads only plain files and folders in content/ (npm run check lists every one)`);

/** `loader` for the collection in `folder` (inside `contentDir`), refusing anything reached through a link. */
export function closedWorld(loader: Loader, contentDir: string, folder: string): Loader {
  return {
    ...loader,
    load: async (context: InternalContext) => {
      if (!context.watcher) {
        const refused = refusedEntries(folder)[0];
        if (refused) throw refusal(path.relative(contentDir, path.join(folder, refused.relative)).split(path.sep).join('/'));
      }
      if (!context.entryTypes) return loader.load(context);
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo(params: { fileUrl: URL; contents: string }) {
              const file = fileURLToPath(params.fileUrl);
              if (!isPlainContentFile(contentDir, file)) throw refusal(path.relative(contentDir, file).split(path.sep).join('/'));
              return type.getEntryInfo(params);
            },
          },
        ]),
      );
      return loader.load({ ...context, entryTypes } as InternalContext);
    },
  };
}
