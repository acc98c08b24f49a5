/** Site-wide settings in `content/site.yaml`: the team's name and how to reach it. */
import { z } from 'astro/zod';
import { email, entryId, text, webUrl } from './common.ts';

export const siteSchema = z.strictObject({
  /** The wiki's name, shown in the header and page titles. @example "Lumenstack DevRel" */
  title: text('a site title'),
  /** One line under the title on the homepage: what the team is for. */
  tagline: text('a tagline'),
  /** The company name, used in the footer and the homepage. @example "Lumenstack" */
  company: text('a company name'),
  /** How colleagues reach the team; shown on the homepage and in the footer. */
  contact: z.strictObject({
    /** Team inbox. @example "devrel@lumenstack.example" */
    email: email,
    /** Chat channel. @example "#devrel" */
    chat: z.string().optional(),
    /** Where to file requests (a form or tracker). */
    requests: webUrl.optional(),
    /** Text of the requests link. @example "Request a speaker" */
    requestsLabel: z.string().default('Ask DevRel for help'),
  }),
  /** The wiki is internal by default: search engines are asked not to index it. */
  public: z.boolean().default(false),
  /**
   * Metrics shown as headline cards on the homepage, in order (ids from
   * content/metrics/); three or four read best. @example ["forum-mau", "ambassadors"]
   */
  headlineMetrics: z.array(entryId).max(6, 'list at most 6 headline metrics; three or four read best').default([]),
});

export type SiteConfig = z.output<typeof siteSchema>;

/** The settings file's name inside `content/`. */
export const siteConfigFile = 'site.yaml';

/** Used when a content folder has no `site.yaml` (test fixtures, a brand-new fork). */
export const defaultSiteConfig: SiteConfig = siteSchema.parse({
  title: 'DevRel Wiki',
  tagline: 'What Developer Relations is working on, and why it matters',
  company: 'Our company',
  contact: { email: 'devrel@example.com' },
});
