/** A partner department we work with: `content/departments/<id>.yaml`. */
import { z } from 'astro/zod';
import { email, entryId, reviewFields, text } from './common.ts';

export const departmentSchema = z.strictObject({
  /** The department's name as the company uses it. @example "Customer Success" */
  name: text('a name'),
  /** One sentence on what the department does. */
  summary: text('a summary'),
  /** Who to talk to there. */
  contact: z.strictObject({
    /** The person's name. @example "Priya Natarajan" */
    name: text('a contact name'),
    /** Their role. @example "VP Customer Success" */
    role: z.string().optional(),
    /** Their e-mail address. */
    email: email.optional(),
    /** Their team's chat channel. @example "#cs-team" */
    channel: z.string().optional(),
  }),
  /** What they care about, in their words: the outcomes they are measured on. @example ["Net revenue retention", "Time to first value"] */
  cares: z.array(text('a concern')).min(1, 'list at least one thing the department cares about'),
  /** How DevRel and this department work together, one item per habit or hand-off. */
  together: z.array(text('a way of working')).min(1, 'list at least one way we work together'),
  /** The team member who owns this relationship and this page's review. @example "maria-lopez" */
  liaison: entryId,
  ...reviewFields,
});

export type Department = z.output<typeof departmentSchema>;
