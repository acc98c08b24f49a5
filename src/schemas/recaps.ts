/** An event recap: `content/recaps/<yyyy>/<yyyy-mm-dd>-<slug>.md` or `.mdx`; the body tells the story. */
import { z } from 'astro/zod';
import { entryId, evenWithFieldErrors, isoDate, link, tag, text, webUrl } from './common.ts';

/** How people attended. */
export const eventFormats = ['in-person', 'virtual', 'hybrid'] as const;
/** Who may read the recap: `internal` stays on the wiki, `external` may be shared publicly. */
export const visibilities = ['internal', 'external'] as const;

export const recapSchema = z
  .strictObject({
    /** The recap's headline. @example "KubeCon EU: 600 people at our booth, 3 talks" */
    title: text('a title'),
    /** The event itself. */
    event: z.strictObject({
      /** The event's name. @example "KubeCon + CloudNativeCon Europe 2026" */
      name: text('an event name'),
      /** First day. @example 2026-03-23 */
      start: isoDate,
      /** Last day, for events longer than a day. @example 2026-03-26 */
      end: isoDate.optional(),
      /** City and venue, or "Online". @example "Amsterdam, RAI" */
      location: text('a location'),
      /** in-person, virtual or hybrid. */
      format: z.enum(eventFormats),
      /** The event's public page. */
      url: webUrl.optional(),
    }),
    /** The program this event belongs to (id from content/programs/). @example "conference-circuit" */
    program: entryId.optional(),
    /**
     * How many people came: attendees, booth visitors or live viewers, as counted.
     * Leave it out while the event is still ahead (a recap written in advance lists it as an
     * upcoming event); required once the event has happened: `npm run check` warns until it is filled in.
     * @example 420
     */
    audience: z.number({ error: 'expected how many people came, as a whole number like 120' }).int('expected a whole number').min(0).optional(),
    /** Team members who spoke or staffed it (ids from content/team/). */
    speakers: z.array(entryId).default([]),
    /** Why it mattered to the developer community, in a sentence or two. Required: it is the point of a recap. */
    why: text('why the event mattered to the developer community'),
    /** internal (wiki only) or external (safe to share outside the company). */
    visibility: z.enum(visibilities).default('internal'),
    /** Slides, recordings, photos, follow-up posts. */
    links: z.array(link).default([]),
    /** Topics for the tag pages. @example ["kubernetes", "conference"] */
    tags: z.array(tag).default([]),
  })
  .superRefine((recap, ctx) => {
    const event = recap.event as Partial<typeof recap.event> | undefined;
    if (event?.end instanceof Date && event.start instanceof Date && event.end < event.start) {
      ctx.addIssue({ code: 'custom', path: ['event', 'end'], message: 'event.end is before event.start: swap the dates or fix the year' });
    }
  }, evenWithFieldErrors);

export type Recap = z.output<typeof recapSchema>;
