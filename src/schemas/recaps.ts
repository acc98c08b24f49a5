/** An event recap: `content/recaps/<yyyy>/<yyyy-mm-dd>-<slug>.md` or `.mdx`; the body tells the story. */
import { z } from 'astro/zod';
import { entryId, evenWithFieldErrors, isoDate, link, tag, text, webUrl } from './common.ts';

/** What a link of a recap is; a `recording` on YouTube, Vimeo or in content/videos/ shows as a player. */
export const recapLinkKinds = ['slides', 'recording', 'photos', 'post', 'other'] as const;

/** A recap's link: a labelled link, optionally saying what it is. */
export const recapLink = link.extend({
  /** slides, recording, photos, post or other. A recording shows as a player on the recap (nothing loads until the reader presses play). @example "recording" */
  kind: z.enum(recapLinkKinds).optional(),
});

/** A photo for the recap's card and header: a file in content/images/ and what it shows. */
export const cover = z.strictObject({
  /** The photo, written from the site's root. @example "/images/kubecon-booth.jpg" */
  src: z.string({ error: 'expected the photo as /images/<file>' }).regex(/^\/images\/[^/]/, 'the cover is a photo in content/images/, written as /images/<file>'),
  /** What the photo shows, for people who cannot see it. @example "Our booth on the first morning, with a queue for the demo" */
  alt: text('alt text saying what the photo shows'),
});

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
    links: z.array(recapLink).default([]),
    /** A photo shown at the top of the recap, beside it in lists and on the homepage, and in the digest e-mail. */
    cover: cover.optional(),
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
