/** Site-wide settings in `content/site.yaml`: the team's name and how to reach it. */
import { z } from 'astro/zod';
import { email, entryId, text, webUrl } from './common.ts';
import { checkLocale } from '../i18n/locales.ts';
import { digestSettingsSchema } from './digest-settings.ts';

/** Code-hosting services whose edit-page URLs the wiki knows how to build. */
export const repositoryProviders = ['github', 'gitlab'] as const;

/** Where the wiki's source lives, for "Edit this page" links and CODEOWNERS. */
export const repositorySchema = z
  .strictObject({
    /** The repository's web address, without `.git`. @example "https://github.com/lumenstack/devrel-wiki" */
    url: webUrl,
    /** The branch pages are edited on (pull requests go against it). @example "main" */
    branch: z.string().trim().min(1, 'give a branch name, like "main"').default('main'),
    /** The content folder's path inside the repository, when the wiki is not at its root. @example "wiki/content" */
    contentPath: z.string().trim().min(1).default('content'),
    /**
     * github or gitlab; inferred from the host (github.com, gitlab.com, or a host
     * containing "github" or "gitlab"), so give it only for other self-hosted names.
     * @example "gitlab"
     */
    provider: z.enum(repositoryProviders).optional(),
    /**
     * Owners of files no page names an owner for, in `.github/CODEOWNERS` (the `*` line):
     * GitHub users or teams, with the @. @example ["@lumenstack/devrel"]
     */
    defaultOwners: z.array(z.string().regex(/^@[A-Za-z0-9-]+(?:\/[A-Za-z0-9_.-]+)?$/, 'write a user or team with the @, like "@maria" or "@lumenstack/devrel"')).default([]),
  })
  .transform((repo, ctx) => {
    const host = URL.canParse(repo.url) ? new URL(repo.url).hostname : '';
    const provider = repo.provider ?? repositoryProviders.find((name) => host.includes(name));
    if (!provider) {
      ctx.addIssue({ code: 'custom', path: ['provider'], message: `cannot tell from "${host}" whether this is GitHub or GitLab: add provider: github or provider: gitlab` });
      return z.NEVER;
    }
    return {
      ...repo,
      provider,
      url: repo.url.replace(/\/+$/, '').replace(/\.git$/, ''),
      contentPath: repo.contentPath.replace(/^\/+|\/+$/g, ''),
    };
  });

export type Repository = z.output<typeof repositorySchema>;

/** A CSS hex colour, `#1d5fbf` or `#15b`. */
const hexColour = z.string().trim().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'write a hex colour like "#1d5fbf" (in quotes: YAML reads # as a comment)');

/** The team's own look: a logo and a colour. Both optional; the wiki's own are used otherwise. */
export const brandSchema = z.strictObject({
  /**
   * The team's logo, a file in the content folder (path relative to it): SVG, or PNG
   * at least 56 pixels high. Shown in the header beside the title and as the browser
   * tab's icon. An SVG may not contain scripts, event handlers or links to other files.
   * @example "logo.svg"
   */
  logo: z.string().trim().regex(/^(?!\/)(?!.*\.\.)[^\\]+\.(?:svg|png)$/i, 'give the path of an .svg or .png file inside the content folder, like "logo.svg"').optional(),
  /**
   * The team's colour, for links, buttons, the current navigation item, focus rings and
   * the first series of every chart, in light mode. It must be readable (WCAG AA, 4.5:1)
   * as link text on the page and on cards, and under white button text: `npm run check`
   * names any pair that fails and the nearest colour that passes. In quotes.
   * @example "#1d5fbf"
   */
  accent: hexColour.optional(),
  /**
   * The colour for dark mode. No colour is readable as text on both a light and a dark
   * page, so without this the wiki lightens `accent` just enough to pass on dark
   * backgrounds; give it to choose the shade yourself (it is checked the same way, with
   * dark button text). @example "#8fbaff"
   */
  accentDark: hexColour.optional(),
});

export type Brand = z.output<typeof brandSchema>;

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
    /** Text of the requests link; without it, the wiki's own words in the site's language ("Ask DevRel for help"). @example "Request a speaker" */
    requestsLabel: z.string().optional(),
  }),
  /**
   * The language of every word the wiki writes itself (navigation, labels, dates,
   * numbers, search), as a BCP 47 tag. The wiki ships its words in en, de, es, fr, ja,
   * ko, pt-BR, zh-CN and ar; any other language works too, with the words a team has
   * not translated in `content/strings.yaml` shown in English. Content stays as its
   * authors wrote it. @example "ja"
   */
  locale: z.string().trim().transform((tag, ctx) => {
    const checked = checkLocale(tag);
    if (checked.ok) return checked.tag;
    const suggestion = checked.suggestion ? `did you mean "${checked.suggestion}"? ` : '';
    ctx.addIssue({ code: 'custom', message: `${checked.message}: ${suggestion}write a language tag like "en", "de", "ja" or "pt-BR"` });
    return z.NEVER;
  }).default('en'),
  /** The wiki is internal by default: search engines are asked not to index it. */
  public: z.boolean().default(false),
  /**
   * Metrics shown as headline cards on the homepage, in order (ids from
   * content/metrics/); three or four read best. @example ["forum-mau", "ambassadors"]
   */
  headlineMetrics: z.array(entryId).max(6, 'list at most 6 headline metrics; three or four read best').default([]),
  /**
   * The repository the wiki is edited in. With it, every page links to "Edit this page";
   * without it there is no such link. @example { url: "https://github.com/lumenstack/devrel-wiki", branch: "main" }
   */
  repository: repositorySchema.optional(),
  /** The team's logo and colour. @example { logo: "logo.svg", accent: "#1d5fbf" } */
  brand: brandSchema.optional(),
  /**
   * Who `npm run digest:send` sends the monthly digest to (chat channels are set by the
   * maintainers, outside content). @example { email: { to: ["devrel-news@lumenstack.example"] } }
   */
  digest: digestSettingsSchema.optional(),
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
