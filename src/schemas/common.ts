/**
 * Field types shared by every collection schema. Pure Zod from `astro/zod`, no
 * `astro:content`, so `scripts/` and tests validate with exactly what the build uses.
 * Messages say what to write, not what Zod found: authors read them on a pull request.
 */
import { z } from 'astro/zod';
import { didYouMean } from '../lib/did-you-mean.ts';
import { idProblem, makeId, makeTag, maxIdBytes, normalizeId, normalizeTag, tagProblem } from './ids.ts';

/**
 * Options for cross-field refinements (`end` before `start` and the like). Fix: Zod
 * skips an object's refinements when any of its fields failed, so an author who also
 * forgot a required field only learned about the dates on the next run. This runs
 * them whenever the value is an object; the refinement itself must then check that
 * the fields it compares parsed (e.g. `instanceof Date`).
 */
export const evenWithFieldErrors = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/** A value as an error message quotes it: a long one cut, so a hostile value cannot flood the output. */
const quoted = (value: string): string => `"${value.length > 80 ? `${value.slice(0, 80)}…` : value}"`;

/**
 * A reference to another entry by its id (its file name without extension): words of any
 * script joined by dashes, rules in `./ids.ts`. Compared in NFC, so a reference typed in
 * decomposed form (NFD) names the same entry. @example "maria-lopez" @example "星野-美咲"
 */
export const entryId = z
  .string({ error: 'expected an id written as text, like "maria-lopez"' })
  .overwrite(normalizeId)
  .superRefine((id, ctx) => {
    const problem = idProblem(id);
    if (!problem) return;
    const suggestion = makeId(id, maxIdBytes);
    const hint = suggestion && suggestion !== id ? `; did you mean "${suggestion}"?` : ', like "maria-lopez" or "星野-美咲"';
    ctx.addIssue({ code: 'custom', message: `${quoted(id)} is not an id: ${problem}${hint}` });
  });

/** Matches `2026-03-14` exactly; anything looser invites time-zone surprises. */
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date written `YYYY-MM-DD`, returned as a `Date` at UTC midnight.
 * YAML parsers disagree on whether an unquoted date is a string or a `Date`,
 * so both are accepted and normalised here, in one place.
 */
export const isoDate = z
  .union([z.date(), z.string()], { error: 'expected a date written as YYYY-MM-DD, like 2026-03-14' })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) return value;
    } else {
      const match = isoDatePattern.exec(value.trim());
      if (match) {
        const [, y, m, d] = match.map(Number) as [number, number, number, number];
        const date = new Date(Date.UTC(y, m - 1, d));
        // Date.UTC rolls 2026-02-30 over to March: reject instead of guessing.
        if (date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return date;
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a real calendar date` });
        return z.NEVER;
      }
    }
    ctx.addIssue({ code: 'custom', message: `expected a date written as YYYY-MM-DD, like 2026-03-14, got "${String(value)}"` });
    return z.NEVER;
  });

/** A time of day on a 24-hour clock, `HH:MM`, normalised to two-digit hours. */
export const timeOfDay = z
  .string({ error: 'expected a time written as "HH:MM" on a 24-hour clock, like "15:30" (quote it)' })
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'expected a time written as "HH:MM" on a 24-hour clock, like "15:30"')
  .transform((value) => value.padStart(5, '0'));

/** Every IANA zone this runtime knows, computed once. */
let knownZones: Set<string> | undefined;
function timeZones(): Set<string> {
  knownZones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  return knownZones;
}

/** Area/Location shape of IANA names; rules out abbreviations like "EST" and offsets like "+02:00". */
const ianaShape = /^(?:UTC|Etc\/UTC|[A-Z][A-Za-z_-]+(?:\/[A-Z0-9][A-Za-z0-9_+-]*)+)$/;

/**
 * True when `zone` is an IANA time zone `Intl` can format, including links such as
 * `Asia/Calcutta`. Abbreviations (`PST`) and offsets are refused: they ignore daylight
 * saving, so a meeting written with them would drift by an hour twice a year.
 */
export function isTimeZone(zone: string): boolean {
  if (timeZones().has(zone)) return true;
  if (!ianaShape.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name such as `Europe/Berlin`, checked against the runtime's zone list. */
export const timeZone = z.string({ error: 'expected an IANA time zone such as "Europe/Berlin"' }).superRefine((zone, ctx) => {
  if (isTimeZone(zone)) return;
  const hint = didYouMean(zone, timeZones());
  ctx.addIssue({
    code: 'custom',
    message: `unknown time zone "${zone}": use an IANA name such as "Europe/Berlin" or "America/New_York"${hint ? ` (${hint})` : ''}`,
  });
});

/**
 * An absolute http(s) URL, with no space or invisible character in it: the URL parser
 * quietly drops a line break the address carries, but every file that writes the
 * address as it was written (a calendar, a feed, the CSV of links) would get it.
 */
export const webUrl = z
  .url({ protocol: /^https?$/, error: 'expected a full web address starting with https://' })
  .refine((url) => !/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(url), 'the address contains a space or an invisible character (a line break or tab): retype it, writing a space as %20');

/** An e-mail address. */
export const email = z.email({ error: 'expected an e-mail address like "devrel@example.com"' });

/**
 * A free-form label in any script, with its page at `/tags/<tag>/`. Kept in one form
 * (`normalizeTag` in ./ids.ts: lower case, composed), so `Vue.js` and `vue.js` are one tag.
 * @example "open-source" @example "vue.js" @example "技術書典"
 */
export const tag = z
  .string({ error: 'expected a tag written as text, like "open-source"' })
  .overwrite(normalizeTag)
  .superRefine((value, ctx) => {
    const problem = tagProblem(value);
    if (!problem) return;
    const suggestion = makeTag(value);
    ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a tag: ${problem}${suggestion && suggestion !== value ? `; did you mean "${suggestion}"?` : ''}` });
  });

/** Plain text that must say something. */
export const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, `${what} cannot be empty`)
    // Line breaks and tabs are text; other control characters (a lone carriage return, an
    // escape, a NUL) are invisible in an editor and act in calendars, feeds and terminals.
    .refine((value) => !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(value), `${what} contains an invisible control character (such as "\\r" or "\\e"): retype it with letters, digits and punctuation`);

/** A labelled link, for recap slides, recordings and the like. */
export const link = z.strictObject({
  /** What the reader clicks, e.g. "Slides" or "Recording". */
  label: text('a link label'),
  /** Where it goes: a full URL, or a wiki path such as `/programs/ambassadors/`. */
  url: z.union([webUrl, z.string().regex(/^\/[^/\s][^\s]*$/, 'a wiki path starts with / and has no spaces')], {
    error: 'expected a full https:// address or a wiki path starting with /',
  }),
});

/** Days between reviews when a page does not say otherwise: about twice a year. */
export const defaultReviewEvery = 180;

/**
 * Ownership and freshness, shared by pages that must stay true (programs, roadbook
 * chapters, meetings, departments). The owner is each collection's existing person
 * field; these two fields say when the owner last checked the page and how often
 * they should. Spread into a schema: `z.strictObject({ ...reviewFields, … })`.
 * `npm run new` writes `reviewed` with today's date, so keep it required.
 */
export const reviewFields = {
  /**
   * When the owner last read this page and confirmed it is still true. Bump it
   * whenever you review the page, even if nothing changed. @example 2026-09-15
   */
  reviewed: isoDate,
  /**
   * Days after `reviewed` when the page is due for review again; 180 when omitted.
   * Use less for pages that go stale fast (tools, contacts). @example 90
   */
  reviewEvery: z
    .number({ error: 'expected a number of days, like 90' })
    .int('expected a whole number of days, like 90')
    .min(1)
    .default(defaultReviewEvery),
};
