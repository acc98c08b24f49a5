/** A roadbook chapter, onboarding for future advocates: `content/roadbook/<nn>-<slug>.md` or `.mdx`. */
import { z } from 'astro/zod';
import { entryId, reviewFields, text } from './common.ts';

export const roadbookSchema = z.strictObject({
  /** The chapter title. @example "Your first week" */
  title: text('a title'),
  /** Position in the book, unique across chapters; the file name's number should match. @example 1 */
  order: z.number({ error: 'expected the chapter position as a whole number, like 3' }).int().min(1),
  /** What the reader will be able to do after this chapter, one or two sentences. */
  summary: text('a summary'),
  /** The team member who keeps this chapter true (id from content/team/); owns its review. @example "samir-haddad" */
  owner: entryId,
  ...reviewFields,
  /** Minutes to read; computed from the text when omitted. @example 8 */
  minutes: z.number().int().min(1).optional(),
});

export type RoadbookChapter = z.output<typeof roadbookSchema>;
