/**
 * A metric's definition: `content/metrics/<id>.yaml`. Its data lives next to it in
 * `content/metrics/<id>.csv` (`date,value[,series]`), validated by
 * `src/lib/metrics/csv.ts`; the definition says how to read that data.
 */
import { z } from 'astro/zod';
import { entryId, isoDate, text } from './common.ts';
import { isPulled, metricSource, requiredAggregation } from './metric-sources.ts';

/** A unit's text: words, with `{count}` at most once for the number's place, and no other placeholder. */
const unitText = text('a unit').refine((value) => !/\{(?!count\})[^}]*\}/.test(value) && value.split('{count}').length <= 2, {
  message: 'a unit may hold {count} once, where the number goes, and no other {placeholder}',
});

/** How values within one period combine into the period's figure. */
export const aggregations = ['sum', 'last', 'mean'] as const;
/** How often a new data point is expected. */
export const cadences = ['weekly', 'monthly', 'quarterly'] as const;
/** Which way is good. */
export const directions = ['up', 'down'] as const;

export const metricSchema = z.strictObject({
  /** Short name shown on cards and chart titles. @example "Forum monthly active users" */
  title: text('a title'),
  /** What is counted and why it matters, a sentence or two. @example "Distinct people who posted, replied or reacted on the community forum in a month." */
  description: text('a description'),
  /**
   * What the value counts, as readers of the site's language write it beside a number:
   * a word (`users`, shown "4,210 users"), a pattern with `{count}` where the number goes
   * (`"{count}人"`, shown "4,020人" with no space, as Japanese writes counters), or one
   * form per plural category (`{ one: member, other: members }`; Arabic may give zero,
   * one, two, few, many and other), chosen by the number.
   * @example "users"
   * @example "{count}人"
   * @example { one: "member", other: "members" }
   */
  unit: z.union([
    unitText,
    z.strictObject({
      zero: unitText.optional(),
      one: unitText.optional(),
      two: unitText.optional(),
      few: unitText.optional(),
      many: unitText.optional(),
      other: unitText,
    }, { error: 'write the unit as text, or its forms under one:, other: (and zero:, two:, few:, many: where the language has them)' }),
  ], { error: 'write the unit as text ("users"), a pattern ("{count}人") or its plural forms (one: member, other: members)' }),
  /**
   * Where the numbers come from. A sentence means they are typed into the CSV by hand,
   * so anyone can re-pull them; a block with `type:` (github, npm, pypi, discourse,
   * http-json, sql) means `npm run metrics:pull` fetches them (fields in
   * src/schemas/metric-sources.ts and the README's "Metric sources").
   * @example "Discourse admin export"
   * @example { type: github, repo: lumenstack/lumen, measure: stars, token: GITHUB_TOKEN }
   */
  source: metricSource,
  /** Who updates the data (id from content/team/). @example "hannah-brooks" */
  owner: entryId,
  /** The program this metric shows (id from content/programs/), if any. @example "lumen-ambassadors" */
  program: entryId.optional(),
  /** The company priority it is evidence for (id from content/priorities/), if any. @example "self-serve-adoption" */
  priority: entryId.optional(),
  /**
   * How data points in a period combine: `sum` for counts of things that happened
   * (sign-ups), `last` for levels (subscribers), `mean` for scores. @example "last"
   */
  aggregation: z.enum(aggregations, { error: 'expected aggregation: sum, last or mean' }),
  /** How often a data point is added. @example "monthly" */
  cadence: z.enum(cadences, { error: 'expected cadence: weekly, monthly or quarterly' }).default('monthly'),
  /**
   * Days after a period's data was due (the end of the next period) before the metric
   * shows as stale; 10 when omitted. Raise it for data that arrives late. @example 20
   */
  grace: z.number({ error: 'expected a number of days, like 20' }).int('expected a whole number of days, like 20').min(0).default(10),
  /** Which way is better: `up` for users, `down` for time-to-first-call. @example "up" */
  direction: z.enum(directions, { error: 'expected direction: up or down' }).default('up'),
  /** The goal: a value to reach by a date. */
  target: z
    .strictObject({
      /** The value to reach. @example 5000 */
      value: z.number({ error: 'expected the target as a number, like 5000' }),
      /** The date to reach it by. @example 2027-06-30 */
      by: isoDate,
    })
    .optional(),
  /** Position in lists; lower comes first. @example 1 */
  order: z.number().int().min(0).default(100),
}).superRefine((metric, ctx) => {
  // A pulled level summed per month, or daily downloads taking only the last day, gives
  // numbers that look plausible and mean nothing: refuse before the first pull.
  if (!isPulled(metric.source)) return;
  const required = requiredAggregation(metric.source);
  if (!required || (metric.aggregation === required.aggregation || (required.aggregation === 'last' && metric.aggregation === 'mean'))) return;
  ctx.addIssue({ code: 'custom', path: ['aggregation'], message: `${required.what}: use aggregation: ${required.aggregation}, not ${metric.aggregation}` });
});

export type Metric = z.output<typeof metricSchema>;

/** A metric's unit: a word, a pattern with `{count}`, or plural forms. */
export type Unit = Metric['unit'];
