/**
 * Wires each collection's loader to its schema. Folder, file pattern and id rules come
 * from `src/schemas/collections.ts`; the content guard integration has already checked
 * every file (with line numbers and all errors at once) before these loaders run.
 * Collections are listed one by one so Astro infers each entry's data type.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import path from 'node:path';
import { collections as specs, entryIdFromPath, type CollectionName } from './schemas/collections.ts';
import { departmentSchema } from './schemas/departments.ts';
import { meetingSchema } from './schemas/meetings.ts';
import { metricSchema } from './schemas/metrics.ts';
import { prioritySchema } from './schemas/priorities.ts';
import { programSchema } from './schemas/programs.ts';
import { recapSchema } from './schemas/recaps.ts';
import { roadbookSchema } from './schemas/roadbook.ts';
import { syncSchema } from './schemas/syncs.ts';
import { teamSchema } from './schemas/team.ts';
import { updateSchema } from './schemas/updates.ts';
import { contentDir, contentRoot } from './lib/paths.ts';
import { hasEntryFiles } from './lib/collection-files.ts';
import { tolerantInDev } from './lib/preview/tolerant-loader.ts';
import { closedWorld } from './lib/closed-world-loader.ts';

/**
 * Astro's glob loader, run only once the collection's folder has an entry: on an empty
 * or missing folder it warns on every build ("The base directory … does not exist",
 * "No files found matching …"), which a new team, whose collections are mostly empty,
 * can do nothing about. In `astro dev`, the first file added to such a folder loads it.
 */
function loaderFor(name: CollectionName): Loader {
  const spec = specs[name];
  const inner = glob({
    pattern: spec.pattern,
    base: new URL(`${spec.dir}/`, contentRoot),
    generateId: ({ entry }) => entryIdFromPath(name, entry),
  });
  // tolerantInDev: `npm run dev` starts even when a file is broken, and shows its error.
  // closedWorld (outside it, so a refused link is tolerated in dev like a broken file):
  // nothing is loaded through a symbolic link.
  return closedWorld(tolerantInDev({
    name: 'devrel-wiki:collection',
    load: async (context) => {
      if (hasEntryFiles(contentDir, name)) return inner.load(context);
      context.store.clear();
      const folder = path.join(contentDir, spec.dir) + path.sep;
      let loaded = false;
      // The folder may not exist yet, and may be outside the project (WIKI_CONTENT_DIR).
      context.watcher?.add(folder);
      context.watcher?.on('add', (file) => {
        if (loaded || !file.startsWith(folder) || !hasEntryFiles(contentDir, name)) return;
        loaded = true;
        void inner.load(context);
      });
    },
  }), contentDir, path.join(contentDir, spec.dir));
}

export const collections = {
  team: defineCollection({ loader: loaderFor('team'), schema: teamSchema }),
  departments: defineCollection({ loader: loaderFor('departments'), schema: departmentSchema }),
  priorities: defineCollection({ loader: loaderFor('priorities'), schema: prioritySchema }),
  programs: defineCollection({ loader: loaderFor('programs'), schema: programSchema }),
  recaps: defineCollection({ loader: loaderFor('recaps'), schema: recapSchema }),
  roadbook: defineCollection({ loader: loaderFor('roadbook'), schema: roadbookSchema }),
  meetings: defineCollection({ loader: loaderFor('meetings'), schema: meetingSchema }),
  updates: defineCollection({ loader: loaderFor('updates'), schema: updateSchema }),
  syncs: defineCollection({ loader: loaderFor('syncs'), schema: syncSchema }),
  metrics: defineCollection({ loader: loaderFor('metrics'), schema: metricSchema }),
};
