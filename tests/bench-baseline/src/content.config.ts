import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { pathToFileURL } from 'node:url';

const base = pathToFileURL(`${process.env.BENCH_CONTENT_DIR}/recaps/`);

export const collections = {
  recaps: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base }),
    schema: z.object({ title: z.string() }).loose(),
  }),
};
