/** A recurring team meeting open to other departments: `content/meetings/<id>.md` or `.mdx`; the body is the agenda. */
import { z } from 'astro/zod';
import { entryId, evenWithFieldErrors, isoDate, reviewFields, text, timeOfDay, timeZone, webUrl } from './common.ts';

export const frequencies = ['weekly', 'biweekly', 'monthly'] as const;
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Most dates one skip entry may cover: a long break, not a way to end the series (use until). */
export const maxSkipDays = 366;

/**
 * Dates the meeting does not happen: one date, or a run of dates with a reason, in the
 * meeting's own time zone. Bare dates (`- 2026-12-29`) are read as `{ date: 2026-12-29 }`.
 */
export const skipSchema = z.preprocess(
  (value) => (typeof value === 'string' || value instanceof Date ? { date: value } : value),
  z
    .strictObject({
      /** One date with no meeting. @example 2027-01-11 */
      date: isoDate.optional(),
      /** First date of a break (with `to`). @example 2026-12-28 */
      from: isoDate.optional(),
      /** Last date of the break, included. @example 2027-01-03 */
      to: isoDate.optional(),
      /** Why, shown beside the dates on the meeting's page. @example "年末年始" @example "Eid al-Fitr" */
      reason: text('a reason').optional(),
    }, { error: 'expected a date like 2026-12-29, or from: and to: dates with an optional reason' })
    .superRefine((skip, ctx) => {
      if (typeof skip.reason === 'string' && skip.reason.length > 80) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: `the reason has ${skip.reason.length} characters; keep it under 80, like "Year-end holidays"` });
      }
      const range = skip.from !== undefined || skip.to !== undefined;
      if (skip.date !== undefined && range) {
        ctx.addIssue({ code: 'custom', message: 'give either date: (one day) or from: and to: (a run of days), not both' });
      } else if (skip.date === undefined && !range) {
        ctx.addIssue({ code: 'custom', message: 'say which day: write the date itself (- 2026-12-29), or from: and to: for a run of days' });
      } else if (range && skip.from === undefined) {
        ctx.addIssue({ code: 'custom', path: ['from'], message: 'a run of days needs from: as well as to:' });
      } else if (range && skip.to === undefined) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'a run of days needs to: (the last day, included); for one day write date: instead' });
      } else if (skip.from instanceof Date && skip.to instanceof Date) {
        const days = (skip.to.getTime() - skip.from.getTime()) / 86_400_000 + 1;
        if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to is before from: swap the dates' });
        else if (days > maxSkipDays) ctx.addIssue({ code: 'custom', path: ['to'], message: `the break is ${days} days long; one entry may cover at most ${maxSkipDays} (to end the series, set until:)` });
      }
    }, evenWithFieldErrors),
);

export const recurrenceSchema = z
  .strictObject({
    /** weekly, biweekly (every other week from `starts`) or monthly (the nth weekday of the month). */
    frequency: z.enum(frequencies),
    /** Day of the week. @example "tuesday" */
    weekday: z.enum(weekdays),
    /** For monthly meetings: which weekday of the month, 1 to 4, or -1 for the last. @example 1 */
    week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
      error: 'expected 1, 2, 3, 4 or -1 (the last one of the month)',
    }).optional(),
    /** Local start time in `timezone`, 24-hour clock. @example "16:00" */
    time: timeOfDay,
    /** IANA time zone the time is written in; daylight saving is followed. @example "Europe/Berlin" */
    timezone: timeZone,
    /** Length in minutes. @example 45 */
    duration: z.number().int().min(5).max(480),
    /** First date the meeting happens (or the series started). @example 2025-01-07 */
    starts: isoDate,
    /** Last date it may happen, for series that end. @example 2026-12-31 */
    until: isoDate.optional(),
    /**
     * Dates it does not happen (holidays, a break), in its own time zone: each a date, or
     * `from:`/`to:` with an optional `reason:`. Left out of the next dates and the calendar
     * feed (EXDATE), and listed on the meeting's page.
     * @example [2026-08-13, { from: 2026-12-28, to: 2027-01-03, reason: "年末年始" }]
     */
    skip: z.array(skipSchema).max(100, 'list at most 100 skips; join neighbouring days into one from:/to: run').default([]),
  })
  .superRefine((rule, ctx) => {
    if (rule.frequency === 'monthly' && rule.week === undefined) {
      ctx.addIssue({ code: 'custom', path: ['week'], message: 'monthly meetings need week: 1, 2, 3, 4 or -1 (last), e.g. week: 1 for "first Tuesday"' });
    }
    // Named explicitly (not `!== 'monthly'`): this refinement also runs when frequency
    // itself is invalid, e.g. "Monthly", and must not then blame week.
    if ((rule.frequency === 'weekly' || rule.frequency === 'biweekly') && rule.week !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['week'], message: 'week only applies to monthly meetings: remove it or set frequency: monthly' });
    }
    if (rule.until instanceof Date && rule.starts instanceof Date && rule.until < rule.starts) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'until is before starts: the meeting would never happen' });
    }
  }, evenWithFieldErrors);

export const meetingSchema = z.strictObject({
  /** The meeting's name. @example "DevRel Open Office Hours" */
  title: text('a title'),
  /** One sentence on what happens there and who should come. */
  summary: text('a summary'),
  /** The team member who runs it (id from content/team/); owns this page's review. @example "lucia-fernandez" */
  host: entryId,
  /** When it happens. */
  recurrence: recurrenceSchema,
  /** Where to join. At least one of room or video. */
  where: z
    .strictObject({
      /** Meeting room. @example "Berlin HQ, room Ada" */
      room: z.string().optional(),
      /** Video call link. */
      video: webUrl.optional(),
    })
    .refine((w) => w.room || w.video, 'give a room, a video link, or both'),
  /** Who may come: "everyone", or a list of department ids from content/departments/. @example "everyone" */
  openTo: z.union([z.literal('everyone'), z.array(entryId).min(1)], {
    error: 'expected "everyone" or a list of department ids like [marketing, sales]',
  }),
  ...reviewFields,
});

export type Meeting = z.output<typeof meetingSchema>;
export type Recurrence = z.output<typeof recurrenceSchema>;
/** One skip entry as parsed: `date` alone, or `from` and `to`. */
export type Skip = z.output<typeof skipSchema>;
