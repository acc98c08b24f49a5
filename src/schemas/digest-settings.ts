/**
 * `digest:` in content/site.yaml: who `npm run digest:send` sends the monthly digest
 * to. Only the shape and each address's syntax are checked here; which domains may
 * receive it is the maintainers' setting (`DIGEST_ALLOWED_DOMAINS`), checked by the
 * content gate (src/lib/check/digest-recipients.ts) and again before sending.
 */
import { z } from 'astro/zod';
import { checkAddress, isAddressError } from './email-address.ts';

/** Enough for every list a team sends to; more is a mailing list's job (and a typo's). */
export const maxRecipients = 50;

/** One recipient: a bare address. */
const recipient = z
  .string({ error: 'write an e-mail address as text, like "devrel-news@company.example"' })
  .superRefine((value, ctx) => {
    const result = checkAddress(value);
    if (isAddressError(result)) ctx.addIssue({ code: 'custom', message: `${result.message} (${result.hint})` });
  });

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
});

export type DigestSettings = z.output<typeof digestSettingsSchema>;
