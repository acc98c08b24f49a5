/** A company priority DevRel serves: `content/priorities/<id>.yaml`. */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const prioritySchema = z.strictObject({
  /** The priority as leadership words it. @example "Grow self-serve adoption" */
  title: text('a title'),
  /** The planning period it belongs to. @example "FY2026" */
  period: text('a period'),
  /** Why it matters to the company, two or three sentences. */
  description: text('a description'),
  /** How leadership measures progress on it. @example ["Weekly active projects", "Self-serve revenue"] */
  measuredBy: z.array(text('a measure')).min(1, 'list at least one way leadership measures this priority'),
  /** Position in lists; lower comes first. @example 1 */
  order: z.number().int().min(0).default(100),
});

export type Priority = z.output<typeof prioritySchema>;
