/**
 * Wires each collection's loader to its schema. The rules themselves live in
 * `src/schemas/collections.ts`; the content guard integration has already checked
 * every file (with line numbers and all errors at once) before these loaders run.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as specs, collectionNames, entryIdFromPath } from './schemas/collections.ts';
import { contentRoot } from './lib/paths.ts';

export const collections = Object.fromEntries(
  collectionNames.map((name) => {
    const spec = specs[name];
    return [
      name,
      defineCollection({
        loader: glob({
          pattern: spec.pattern,
          base: new URL(`${spec.dir}/`, contentRoot),
          generateId: ({ entry }) => entryIdFromPath(name, entry),
        }),
        schema: spec.schema,
      }),
    ];
  }),
);
