/** Notes from sitting in on a partner department's meeting: `content/syncs/<yyyy-mm-dd>-<department>.md`. */
import { z } from 'astro/zod';
import { entryId, isoDate, text } from './common.ts';

export const followUpSchema = z.strictObject({
  /** What needs doing. @example "Send CS the top 10 forum questions each month" */
  task: text('a follow-up task'),
  /** Who does it (id from content/team/). */
  owner: entryId,
  /** When it is due. @example 2026-12-01 */
  due: isoDate.optional(),
  /** Whether it is done. */
  done: z.boolean().default(false),
});

export const syncSchema = z.strictObject({
  /** A short title. @example "Sales kickoff prep" */
  title: text('a title'),
  /** The department whose meeting we attended (id from content/departments/). */
  department: entryId,
  /** The meeting's name on their side. @example "Weekly CS leads" */
  meeting: text('the name of their meeting'),
  /** When it was; must match the date in the file name. @example 2026-10-14 */
  date: isoDate,
  /** Team members who attended (ids from content/team/). */
  attendees: z.array(entryId).min(1, 'list who from the team attended'),
  /** What we learned, one point per item. */
  takeaways: z.array(text('a takeaway')).min(1, 'list at least one takeaway: it is the point of sitting in'),
  /** What we promised to do. */
  followUps: z.array(followUpSchema).default([]),
});

export type Sync = z.output<typeof syncSchema>;
