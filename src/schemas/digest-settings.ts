/**
 * `digest:` in content/site.yaml: who `npm run digest:send` sends the monthly digest
 * to, and which days the team works (the digest's pull request opens on the first
 * working day of the month). Only the shape and each address's syntax are checked here; which domains may
 * receive it is the maintainers' setting (`DIGEST_ALLOWED_DOMAINS`), checked by the
 * content gate (src/lib/check/digest-recipients.ts) and again before sending.
 */
import { z } from 'astro/zod';
import { timeZone } from './common.ts';
import { checkAddress, isAddressError } from './email-address.ts';
import { skipSchema, weekdays } from './meetings.ts';

/** Enough for every list a team sends to; more is a mailing list's job (and a typo's). */
export const maxRecipients = 50;

/** One recipient: a bare address. */
const recipient = z
  .string({ error: 'write an e-mail address as text, like "devrel-news@company.example"' })
  .superRefine((value, ctx) => {
    const result = checkAddress(value);
    if (isAddressError(result)) ctx.addIssue({ code: 'custom', message: `${result.message} (${result.hint})` });
  });

/** The working week when a team names none: Monday to Friday. */
export const defaultWorkweek = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/**
 * The latest day of a month the digest's pull request opens on, even when holidays
 * cover every day before it: the workflow runs on days 1 to 11 (a day more than this,
 * for zones west of UTC, whose date is a day behind when the workflow runs).
 */
export const latestDigestDay = 10;

export const digestSettingsSchema = z.strictObject({
  /** The digest by e-mail. */
  email: z
    .strictObject({
      /**
       * Who gets the digest, one bare address each (no names): usually a mailing list or
       * two. Every address must be in a domain the maintainers allow (the domain of
       * `contact.email` unless `DIGEST_ALLOWED_DOMAINS` says otherwise); `npm run check`
       * names any that is not. Each recipient gets their own copy, so one refused address
       * never stops the others. @example ["devrel-news@lumenstack.example", "engineering@lumenstack.example"]
       */
      to: z
        .array(recipient)
        .superRefine((list, ctx) => {
          if (list.length > maxRecipients) {
            ctx.addIssue({ code: 'custom', message: `${list.length} recipients is more than ${maxRecipients}: send to a mailing list to reach more people` });
            return;
          }
          const seen = new Map<string, number>();
          list.forEach((value, i) => {
            const result = checkAddress(value);
            if (isAddressError(result)) return;
            const key = result.address.toLowerCase();
            const first = seen.get(key);
            if (first === undefined) seen.set(key, i);
            else ctx.addIssue({ code: 'custom', path: [i], message: `"${value}" is listed twice (also at to[${first}]); each recipient gets one copy, remove this line` });
          });
        })
        .default([]),
    })
    .optional(),
  /**
   * The days the team works. The digest's pull request opens on the first of them in
   * each month that is not a holiday. @default [monday, tuesday, wednesday, thursday, friday]
   * @example [sunday, monday, tuesday, wednesday, thursday]
   */
  workweek: z
    .array(z.enum(weekdays, { error: `expected a day of the week: ${weekdays.join(', ')}` }))
    .min(1, 'list at least one working day, like [monday, tuesday, wednesday, thursday, friday]')
    .superRefine((days, ctx) => {
      days.forEach((day, i) => {
        if (days.indexOf(day) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${day} is listed twice; list each working day once` });
      });
    })
    .default([...defaultWorkweek]),
  /**
   * Days the whole team is off (public holidays, a company break), in `timezone`: each a
   * date, or `from:`/`to:` with an optional `reason:`, written as a meeting's `skip`. The
   * digest's pull request waits for the next working day, but never past the
   * 10th (latestDigestDay). @example [2027-01-01, { from: 2026-12-29, to: 2027-01-03, reason: "年末年始" }]
   */
  holidays: z.array(skipSchema).max(100, 'list at most 100 holidays; join neighbouring days into one from:/to: run').default([]),
  /** The IANA time zone the team's days are counted in. @default "UTC" @example "Asia/Tokyo" */
  timezone: timeZone.default('UTC'),
});

export type DigestSettings = z.output<typeof digestSettingsSchema>;
