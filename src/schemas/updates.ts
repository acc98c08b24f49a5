/** A "what we're working on" update: `content/updates/<yyyy-mm-dd>-<slug>.md` or `.mdx`. */
import { z } from 'astro/zod';
import { entryId, isoDate, text } from './common.ts';

export const updateSchema = z.strictObject({
  /** The headline. @example "Hackathon season: three events in six weeks" */
  title: text('a title'),
  /** Publication date; must match the date in the file name. @example 2026-11-02 */
  date: isoDate,
  /** Who wrote it (id from content/team/). */
  author: entryId,
  /** Programs this update is about (ids from content/programs/). */
  programs: z.array(entryId).default([]),
});

export type Update = z.output<typeof updateSchema>;
