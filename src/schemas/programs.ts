/** A DevRel program: `content/programs/<id>.md` or `.mdx`; the body describes it. */
import { z } from 'astro/zod';
import { entryId, evenWithFieldErrors, isoDate, reviewFields, text } from './common.ts';

/** What kind of program this is; drives icons and grouping. */
export const programKinds = ['ambassador', 'hackathon', 'events', 'education', 'content', 'community', 'other'] as const;
/** Where the program is in its life. */
export const programStatuses = ['active', 'planned', 'paused', 'retired'] as const;
/** How an outcome stands. */
export const outcomeStatuses = ['planned', 'on-track', 'at-risk', 'met', 'missed'] as const;

export const outcomeSchema = z.strictObject({
  /** The outcome, checkable by someone outside the team. @example "40 active ambassadors in 12 countries" */
  outcome: text('an outcome'),
  /** The date by which it should be true. @example 2026-12-31 */
  by: isoDate.optional(),
  /** How it stands today. @example "on-track" */
  status: z.enum(outcomeStatuses).default('planned'),
});

export const programSchema = z
  .strictObject({
    /** The program's name. @example "Lumen Ambassadors" */
    title: text('a title'),
    /** What kind of program it is: one of ambassador, hackathon, events, education, content, community, other. */
    kind: z.enum(programKinds),
    /** Where the program is: active, planned, paused or retired. */
    status: z.enum(programStatuses),
    /** One or two sentences a VP can read in passing. */
    summary: text('a summary'),
    /** Team members accountable for it (ids from content/team/); the first owns its review. @example ["maria-lopez"] */
    owners: z.array(entryId).min(1, 'every program needs at least one owner from content/team/'),
    /** Company priorities it serves (ids from content/priorities/). @example ["self-serve-adoption"] */
    priorities: z.array(entryId).default([]),
    /** Clear, checkable outcomes the program commits to. */
    outcomes: z.array(outcomeSchema).min(1, 'list at least one outcome so leadership can see what success looks like'),
    /** When the program started. @example 2024-02-01 */
    started: isoDate,
    /** When it ended, for retired programs. @example 2025-06-30 */
    ended: isoDate.optional(),
    ...reviewFields,
  })
  .superRefine((program, ctx) => {
    if (program.ended instanceof Date && program.started instanceof Date && program.ended < program.started) {
      ctx.addIssue({ code: 'custom', path: ['ended'], message: 'ended is before started: swap the dates or fix the year' });
    }
  }, evenWithFieldErrors);

export type Program = z.output<typeof programSchema>;
