/**
 * Which secret `npm run metrics:pull` may use, and where: `.github/metric-secrets.yaml`.
 * Content only NAMES environment variables (`token: GITHUB_TOKEN` in a metric's source
 * block), and anyone in the company may edit content; this file, beside the workflow
 * that holds the secrets and owned by the maintainers (CODEOWNERS), says which variable
 * may be sent to which origin (scheme, host and port) and which may open a database
 * connection. The pull refuses anything else before it sends a request.
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
const origin = z.string({ error: 'expected an origin like https://api.github.com' }).superRefine((value, ctx) => {
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
    ctx.addIssue({ code: 'custom', message: `"${value}" would send the secret unencrypted; write https://${url.host} (http:// is allowed for 127.0.0.1 and localhost only)` });
  } else if (value.replace(/\/$/, '') !== url.origin) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is more than an origin; write ${url.origin} (a secret is allowed to a whole origin: scheme, host and port)` });
  }
});

export const secretPolicySchema = z
  .strictObject({
    /**
     * Environment variables that may be SENT, each with the origins that may receive it
     * (as a bearer token or an API-key header). A variable not listed here is sent nowhere.
     * @example { GITHUB_TOKEN: ['https://api.github.com'], NEWSLETTER_STATS_TOKEN: ['https://newsletter.example.com'] }
     */
    send: z.record(z.string(), z.array(origin, { error: 'expected a list of origins, like [https://api.github.com]' }).min(1, 'list at least one origin, or remove the variable'), {
      error: 'expected each variable with its origins, like GITHUB_TOKEN: [https://api.github.com]',
    }).default({}),
    /**
     * Environment variables that hold a PostgreSQL connection string (`postgres://…`) a
     * `sql` source may connect with. They are never sent to a web address.
     * @example ['LMS_DATABASE_URL']
     */
    connect: z.array(envName, { error: 'expected a list of environment variable names, like [LMS_DATABASE_URL]' }).default([]),
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

/** Without the file: the workflow's own GitHub token to GitHub's API, nothing else. */
export const defaultSecretPolicy: SecretPolicyData = { send: { GITHUB_TOKEN: ['https://api.github.com'] }, connect: [] };
