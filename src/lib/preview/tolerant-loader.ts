/**
 * Lets `astro dev` start on content with errors. Astro's glob() loader throws on the
 * first file whose frontmatter cannot be read or fails its schema while it loads a
 * collection at start-up, and the dev server exits: an author who broke a file, stopped
 * the preview and started it again had no preview at all (an author who kept it running
 * got the old page, see src/integrations/dev-preview.ts).
 *
 * In dev only (the loader is given a file watcher), and only during that first load,
 * such a file is stored with its data as written instead of throwing. No page shows it:
 * while the content check reports an error, the preview answers every page with the
 * list of errors. Once the load is done, changes go through Astro's own reload, which
 * logs a broken file and keeps its last version. Builds never get here: the content
 * guard stops them first, and the loader is unchanged without a watcher.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** The part of an entry type the loader calls; Astro passes a map of them by extension. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

type InternalContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

export function tolerantInDev(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: InternalContext) => {
      if (!context.watcher || !context.entryTypes) return loader.load(context);
      let starting = true;
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            async getEntryInfo(params: { fileUrl: URL; contents: string }) {
              try {
                return await type.getEntryInfo(params);
              } catch (error) {
                if (!starting) throw error;
                return { data: {}, rawData: '', body: '', slug: '' };
              }
            },
          },
        ]),
      );
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          if (!starting) throw error;
          return props.data;
        }
      };
      try {
        await loader.load({ ...context, entryTypes, parseData } as InternalContext);
      } finally {
        starting = false;
      }
    },
  };
}
