/**
 * Which secret `npm run metrics:pull` may use, and where it may go: `.github/metric-secrets.yaml`.
 * Content only NAMES environment variables (`token: GITHUB_TOKEN` in a metric's source
 * block) and addresses, and anyone in the company may edit content; this file, beside the
 * workflow that holds the secrets and owned by the maintainers (CODEOWNERS), says which
 * variable may be sent to which origin (scheme, host and port), which may open a database
 * connection, and which other origins the pull may read at all. The pull refuses anything
 * else before it sends a request: a source block cannot point the CI machine at an
 * internal service and copy its numbers into a pull request.
 */
import { z } from 'astro/zod';
import { evenWithFieldErrors } from './common.ts';
import { envNamePattern } from './metric-sources.ts';

/** Where the policy lives, relative to the project root. */
export const secretPolicyFile = '.github/metric-secrets.yaml';

/** Hosts a plain `http://` origin may name: this machine only (local tests, a tunnel). */
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

const envName = z
  .string({ error: 'expected the name of an environment variable, like GITHUB_TOKEN' })
  .regex(envNamePattern, 'expected the name of an environment variable (letters, digits and _), like GITHUB_TOKEN');

/**
 * An origin: `https://host` or `https://host:port`, nothing after it. A path would look
 * like a restriction and is not one (the pull binds a secret to an origin, as browsers
 * do), so it is refused rather than silently dropped.
 */
const origin = (what: string) => z.string({ error: 'expected an origin like https://api.github.com' }).superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not an address; expected an origin like https://api.github.com` });
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a web origin; expected https://host` });
  } else if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname)) {
    ctx.addIssue({ code: 'custom', message: `"${value}" would ${what} unencrypted; write https://${url.host} (http:// is allowed for 127.0.0.1 and localhost only)` });
  } else if (value.replace(/\/$/, '') !== url.origin) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is more than an origin; write ${url.origin} (an origin is allowed whole: scheme, host and port)` });
  }
});

export const secretPolicySchema = z
  .strictObject({
    /**
     * Environment variables that may be SENT, each with the origins that may receive it
     * (as a bearer token or an API-key header). A variable not listed here is sent nowhere.
     * @example { GITHUB_TOKEN: ['https://api.github.com'], NEWSLETTER_STATS_TOKEN: ['https://newsletter.example.com'] }
     */
    send: z.record(z.string(), z.array(origin('send the secret'), { error: 'expected a list of origins, like [https://api.github.com]' }).min(1, 'list at least one origin, or remove the variable'), {
      error: 'expected each variable with its origins, like GITHUB_TOKEN: [https://api.github.com]',
    }).default({}),
    /**
     * Environment variables that hold a PostgreSQL connection string (`postgres://…`) a
     * `sql` source may connect with. They are never sent to a web address.
     * @example ['LMS_DATABASE_URL']
     */
    connect: z.array(envName, { error: 'expected a list of environment variable names, like [LMS_DATABASE_URL]' }).default([]),
    /**
     * Origins a source may READ without sending a secret: a status page, a public API the
     * wiki has no source type for. Besides these, the pull reads only the public APIs its
     * source types default to (GitHub, npm, PyPI statistics) and the origins under `send:`.
     * Anything else is refused before a request, redirects and next-page links included.
     * @example ['https://status.lumenstack.example']
     */
    read: z.array(origin('read it'), { error: 'expected a list of origins, like [https://status.example.com]' }).default([]),
  })
  .superRefine((policy, ctx) => {
    // Runs even when other fields failed, so both lists must be checked for shape here.
    const send = policy.send as unknown;
    if (typeof send !== 'object' || send === null || Array.isArray(send)) return;
    for (const name of Object.keys(send)) {
      if (!envNamePattern.test(name)) ctx.addIssue({ code: 'custom', path: ['send', name], message: `"${name}" is not the name of an environment variable (letters, digits and _, like GITHUB_TOKEN)` });
    }
    if (!Array.isArray(policy.connect)) return;
    for (const name of policy.connect) {
      if (Object.hasOwn(policy.send, name)) {
        ctx.addIssue({ code: 'custom', path: ['send', name], message: `${name} is listed under connect: as a database connection string; a connection string holds a password and is never sent to a web address` });
      }
    }
  }, evenWithFieldErrors);

export type SecretPolicyData = z.output<typeof secretPolicySchema>;

/** Without the file: the workflow's own GitHub token to GitHub's API, no database, and only the built-in public APIs read. */
export const defaultSecretPolicy: SecretPolicyData = { send: { GITHUB_TOKEN: ['https://api.github.com'] }, connect: [], read: [] };
