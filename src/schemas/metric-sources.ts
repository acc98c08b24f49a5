/**
 * Where a metric's numbers come from: the `source` field of `content/metrics/<id>.yaml`.
 * A sentence means the data is typed into the CSV by hand ("Salesforce report …"); a
 * block with `type:` means `npm run metrics:pull` fetches it. Every block reads alike:
 * `type`, what to count, an optional `api`/`url` base for self-hosted instances, secrets
 * named by environment variable (never written here), an optional `description`.
 */
import { z } from 'astro/zod';
import { didYouMean } from '../lib/did-you-mean.ts';
import { looksLikeSecret } from '../lib/check/secrets.ts';
import { isoDate, text, webUrl } from './common.ts';

/** Environment variable names as shells and GitHub Actions accept them. */
export const envNamePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The NAME of an environment variable holding a secret, never the secret. A value that
 * looks like a token passes here on purpose: `npm run check`'s secret check
 * (src/lib/check/secrets.ts) reports it with the stronger "revoke it" message, once.
 */
const envName = (what: string, example: string) =>
  z
    .string({ error: `expected the name of the environment variable that holds ${what}, like ${example}` })
    .refine((value) => envNamePattern.test(value) || looksLikeSecret(value) !== undefined, {
      message: `expected the name of the environment variable that holds ${what} (letters, digits and _, like ${example})`,
    });

/** `owner/name` of a GitHub repository. */
const repoName = z
  .string({ error: 'expected a repository written owner/name, like "lumenstack/lumen"' })
  .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected a repository written owner/name, like "lumenstack/lumen"');

/** A package name as npm or PyPI write it (npm scopes included). */
const packageName = z
  .string({ error: 'expected a package name, like "@lumenstack/sdk"' })
  .regex(/^(?:@[a-z0-9][\w.-]*\/)?[A-Za-z0-9][\w.-]*$/, 'expected a package name, like "@lumenstack/sdk" or "lumen-sdk"');

/** Fields every source block has. */
const common = {
  /** A sentence shown on the metric page under "Source". @example "Stars on the main repository" */
  description: text('a description').optional(),
  /**
   * When `npm run metrics:pull` last added data: written by the command, not by hand.
   * @example 2026-12-07
   */
  pulled: isoDate.optional(),
};

/** What a GitHub source counts. */
export const githubMeasures = ['stars', 'forks', 'open-issues', 'contributors'] as const;

/**
 * The public APIs the source types read when `api:` is left out. The pull may read these
 * without the maintainers listing them (src/lib/metrics/sources/secrets.ts); any other
 * address needs an entry in .github/metric-secrets.yaml.
 */
export const defaultApis = {
  github: 'https://api.github.com',
  npm: 'https://api.npmjs.org',
  pypi: 'https://pypistats.org/api',
} as const;

/** GitHub (or GitHub Enterprise Server): counts on one repository or summed over several. */
export const githubSource = z.strictObject({
  /** Pull from GitHub. @example "github" */
  type: z.literal('github'),
  /** The repository, owner/name. Use `repos` for a sum over several. @example "lumenstack/lumen" */
  repo: repoName.optional(),
  /** Several repositories whose counts add up. @example ["lumenstack/lumen", "lumenstack/lumen-py"] */
  repos: z.array(repoName).min(1, 'list at least one repository, or write repo: instead').optional(),
  /**
   * What to count: `stars` (with history, from each star's date), `forks`,
   * `open-issues` (issues and pull requests open now), `contributors` (people with a
   * commit). @example "stars"
   */
  measure: z.enum(githubMeasures, { error: `expected measure: ${githubMeasures.join(', ')}` }),
  /** API base for GitHub Enterprise Server. @example "https://github.example.com/api/v3" */
  api: webUrl.default(defaultApis.github),
  /** Name of the environment variable holding a token (public repositories work without one, with a lower rate limit). @example "GITHUB_TOKEN" */
  token: envName('a GitHub token', 'GITHUB_TOKEN').optional(),
  ...common,
});

/** npm: downloads per day of one or more packages, summed. */
export const npmSource = z.strictObject({
  /** Pull download counts from the npm registry. @example "npm" */
  type: z.literal('npm'),
  /** The package. Use `packages` for a sum over several. @example "@lumenstack/sdk" */
  package: packageName.optional(),
  /** Several packages whose downloads add up. @example ["@lumenstack/sdk", "@lumenstack/cli"] */
  packages: z.array(packageName).min(1, 'list at least one package, or write package: instead').optional(),
  /** Download-counts API base, for a mirror or registry that offers the same API. @example "https://api.npmjs.org" */
  api: webUrl.default(defaultApis.npm),
  ...common,
});

/** PyPI: downloads per day of one or more packages (the pypistats.org API), summed. */
export const pypiSource = z.strictObject({
  /** Pull download counts for Python packages. @example "pypi" */
  type: z.literal('pypi'),
  /** The package. Use `packages` for a sum over several. @example "lumen-sdk" */
  package: packageName.optional(),
  /** Several packages whose downloads add up. @example ["lumen-sdk", "lumen-cli"] */
  packages: z.array(packageName).min(1, 'list at least one package, or write package: instead').optional(),
  /** Statistics API base. @example "https://pypistats.org/api" */
  api: webUrl.default(defaultApis.pypi),
  ...common,
});

/** What a Discourse source counts. */
export const discourseMeasures = ['active-users', 'topics', 'posts'] as const;

/** Discourse: active users from the forum's statistics; new topics and posts per day from admin reports. */
export const discourseSource = z.strictObject({
  /** Pull from a Discourse forum. @example "discourse" */
  type: z.literal('discourse'),
  /** The forum's address. @example "https://community.lumenstack.example" */
  url: webUrl,
  /**
   * What to count: `active-users` (people active in the last 30 days), `topics` or
   * `posts` (new ones per day from admin reports with a key; the last 30 days from the
   * public statistics without one). @example "active-users"
   */
  measure: z.enum(discourseMeasures, { error: `expected measure: ${discourseMeasures.join(', ')}` }),
  /** Name of the environment variable holding an admin API key (reports need one). @example "DISCOURSE_API_KEY" */
  apiKey: envName('a Discourse API key', 'DISCOURSE_API_KEY').optional(),
  /** Name of the environment variable holding the username the key acts as. @example "DISCOURSE_API_USER" */
  apiUser: envName('the Discourse username of the key', 'DISCOURSE_API_USER').optional(),
  ...common,
});

/** Any JSON endpoint: one number, read with a JSON Pointer, counted as of the day it was read. */
export const httpJsonSource = z.strictObject({
  /** Pull one number from a JSON endpoint. @example "http-json" */
  type: z.literal('http-json'),
  /** The endpoint's address. @example "https://status.lumenstack.example/api/stats.json" */
  url: webUrl,
  /** JSON Pointer (RFC 6901) to the number in the response. @example "/stats/active_projects" */
  pointer: z
    .string({ error: 'expected a JSON Pointer like "/stats/total"' })
    .regex(/^(?:\/(?:[^~/]|~[01])*)*$/, 'expected a JSON Pointer like "/stats/total": "/" before each key, ~1 for a "/" inside a key'),
  /** Name of the environment variable holding a bearer token, if the endpoint needs one. @example "STATS_TOKEN" */
  token: envName('the bearer token', 'STATS_TOKEN').optional(),
  ...common,
});

/** A PostgreSQL query returning `date, value[, series]` rows. */
export const sqlSource = z.strictObject({
  /** Pull rows from PostgreSQL (or a warehouse that speaks its protocol). @example "sql" */
  type: z.literal('sql'),
  /** Name of the environment variable holding the connection string (postgres://…). @example "ANALYTICS_DATABASE_URL" */
  connection: envName('the connection string', 'ANALYTICS_DATABASE_URL'),
  /**
   * A read-only query returning columns `date`, `value` and optionally `series`, one
   * row per day or per period. `$1` is the first day to return. @example "select day as date, count(*) as value from signups where day >= $1 group by day"
   */
  query: text('a query'),
  ...common,
});

const blocks = [githubSource, npmSource, pypiSource, discourseSource, httpJsonSource, sqlSource] as const;
/** The `type:` values, in the order the docs list them. */
export const sourceTypes = ['github', 'npm', 'pypi', 'discourse', 'http-json', 'sql'] as const;

const sourceBlock = z
  .discriminatedUnion('type', blocks, {
    error: (issue) => {
      const type = (issue.input as { type?: unknown } | undefined)?.type;
      const listed = sourceTypes.join(', ');
      if (type === undefined) return `a source block needs type: one of ${listed} (or write the source as a sentence for hand-typed data)`;
      const hint = typeof type === 'string' ? didYouMean(type, sourceTypes) : '';
      return `"${String(type)}" is not a source type; expected one of: ${listed}${hint ? ` (${hint})` : ''}`;
    },
  })
  .superRefine((source, ctx) => {
    if (source.type === 'github' && (source.repo === undefined) === (source.repos === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['repo'], message: 'a github source needs repo: owner/name, or repos: a list whose counts add up (one of the two)' });
    }
    if ((source.type === 'npm' || source.type === 'pypi') && (source.package === undefined) === (source.packages === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['package'], message: `a ${source.type} source needs package: a name, or packages: a list whose downloads add up (one of the two)` });
    }
    if (source.type === 'discourse' && (source.apiKey === undefined) !== (source.apiUser === undefined)) {
      ctx.addIssue({ code: 'custom', path: [source.apiKey ? 'apiUser' : 'apiKey'], message: 'admin reports need both apiKey and apiUser (the names of two environment variables), or neither for the public statistics' });
    }
  });

export type SourceBlock = z.output<typeof sourceBlock>;
export type GithubSource = z.output<typeof githubSource>;
export type NpmSource = z.output<typeof npmSource>;
export type PypiSource = z.output<typeof pypiSource>;
export type DiscourseSource = z.output<typeof discourseSource>;
export type HttpJsonSource = z.output<typeof httpJsonSource>;
export type SqlSource = z.output<typeof sqlSource>;

/** Field names each block allows, for "did you mean" on a misspelt field. */
const fieldsByType = new Map(blocks.map((b) => [b.shape.type.value, Object.keys(b.shape)]));

/**
 * A sentence (hand-typed data) or a source block (pulled data). Parsed by hand rather
 * than with `z.union`: a union reports only "Invalid input" when both sides fail, and
 * an author who misspelt `repo` needs to hear about `repo`.
 */
export const metricSource = z.unknown().transform((value, ctx) => {
  const result = (typeof value === 'string' || value === undefined ? text('a source') : sourceBlock).safeParse(value, { reportInput: true });
  if (result.success) return result.data as string | SourceBlock;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // describeIssues cannot see through this transform to list the allowed fields; name them here.
      const type = (value as { type?: string }).type ?? '';
      const known = fieldsByType.get(type as SourceBlock['type']) ?? [];
      for (const key of issue.keys) {
        const hint = didYouMean(key, known);
        ctx.addIssue({ code: 'custom', path: [...issue.path, key], message: `unknown field "${key}" in a ${type} source${hint ? ` (${hint})` : `; allowed: ${known.join(', ')}`}` });
      }
      continue;
    }
    ctx.addIssue({ ...issue, input: (issue as { input?: unknown }).input } as Parameters<typeof ctx.addIssue>[0]);
  }
  return z.NEVER;
});

/**
 * How a source's numbers combine within a period, when only one way makes sense:
 * counts as of a day (stars, forks, active users) are levels, read with `last`;
 * downloads, topics and posts per day are counts, added up with `sum`. Undefined for
 * http-json and sql, whose meaning only the author knows.
 */
export function requiredAggregation(source: SourceBlock): { aggregation: 'last' | 'sum'; what: string } | undefined {
  if (source.type === 'github') return { aggregation: 'last', what: `GitHub ${source.measure.replace('-', ' ')} are a count as of a day` };
  if (source.type === 'npm' || source.type === 'pypi') return { aggregation: 'sum', what: `${source.type === 'npm' ? 'npm' : 'PyPI'} downloads are counted per day` };
  if (source.type === 'discourse') {
    return source.measure === 'active-users'
      ? { aggregation: 'last', what: 'active users are a count as of a day' }
      : { aggregation: 'sum', what: `new ${source.measure} are counted per day` };
  }
  return undefined;
}

/** True when the metric's numbers are pulled by `npm run metrics:pull`. */
export const isPulled = (source: string | SourceBlock): source is SourceBlock => typeof source !== 'string';
