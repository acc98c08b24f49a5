/**
 * The one door from environment variables to a source. A source block only names
 * variables; which of them may go to which origin, or open a database connection, is
 * the maintainers' policy (`.github/metric-secrets.yaml`, src/schemas/metric-secrets.ts).
 * `secretUses` lists what a block would send where, from the block alone, so
 * `npm run check` and the pull judge it the same way; `resolveSecrets` refuses a use
 * the policy does not allow before any request, then reads the values. Sources never
 * see the environment: they get the resolved secrets, each bound to the one origin it
 * was allowed to, and the HTTP client refuses to send it anywhere else. Only names and
 * origins are ever printed, never a value.
 */
import { defaultApis, type SourceBlock } from '../../../schemas/metric-sources.ts';
import { secretPolicyFile, type SecretPolicyData } from '../../../schemas/metric-secrets.ts';
import { SourceError } from './errors.ts';
import type { Credentials } from './http.ts';

/** The source-block fields that name a secret. */
export type SecretField = 'token' | 'apiKey' | 'apiUser' | 'connection';

/** A variable a source block would use: sent to `origin`, or (without one) as a database connection. */
export interface SecretUse {
  field: SecretField;
  variable: string;
  /** `https://host[:port]` the value would be sent to; undefined for a `connection:`. */
  origin?: string;
}

/** The maintainers' policy, with what the messages need to say who can change it. */
export interface SecretPolicy {
  rules: SecretPolicyData;
  /** False when no policy file exists and the defaults apply. */
  fromFile: boolean;
  /** Who may change the policy file (CODEOWNERS handles), for "ask …" hints. */
  owners: readonly string[];
}

/** A secret the policy allowed: its value, and the origin it may go to (none for a connection). */
export interface Secret {
  variable: string;
  value: string;
  origin?: string;
}

export type Secrets = Readonly<Partial<Record<SecretField, Secret>>>;

const originOf = (address: string) => new URL(address).origin;

/** What `source` would send where, from the block alone (no environment, no request). */
export function secretUses(source: SourceBlock): SecretUse[] {
  switch (source.type) {
    case 'github':
      return source.token ? [{ field: 'token', variable: source.token, origin: originOf(source.api) }] : [];
    case 'http-json':
      return source.token ? [{ field: 'token', variable: source.token, origin: originOf(source.url) }] : [];
    case 'discourse':
      return [
        ...(source.apiKey ? [{ field: 'apiKey' as const, variable: source.apiKey, origin: originOf(source.url) }] : []),
        ...(source.apiUser ? [{ field: 'apiUser' as const, variable: source.apiUser, origin: originOf(source.url) }] : []),
      ];
    case 'sql':
      return [{ field: 'connection', variable: source.connection }];
    case 'npm':
    case 'pypi':
      return [];
  }
}

/** The origin `source` reads and the field that names it (`api:` or `url:`); undefined for a database. */
export function sourceOrigin(source: SourceBlock): { origin: string; field: 'api' | 'url' } | undefined {
  switch (source.type) {
    case 'github':
    case 'npm':
    case 'pypi':
      return { origin: originOf(source.api), field: 'api' };
    case 'discourse':
    case 'http-json':
      return { origin: originOf(source.url), field: 'url' };
    case 'sql':
      return undefined;
  }
}

/** The public APIs the source types default to: read without a policy entry. */
const builtInOrigins = new Set(Object.values(defaultApis).map(originOf));

/**
 * True when the policy lets the pull read `origin` at all: a built-in public API, an
 * origin under `read:`, or one a secret may be sent to. Used before the first request
 * and again for every redirect and next-page link.
 */
export function mayRead(policy: SecretPolicy, origin: string): boolean {
  if (builtInOrigins.has(origin)) return true;
  const { send, read } = policy.rules;
  return read.some((allowed) => originOf(allowed) === origin) || Object.values(send).some((origins) => origins.some((allowed) => originOf(allowed) === origin));
}

/** Why the policy refuses to let a source read `origin`, with whom to ask; undefined when it may. */
export function readRefusal(policy: SecretPolicy, origin: string, field: 'api' | 'url'): { message: string; fix: string } | undefined {
  if (mayRead(policy, origin)) return undefined;
  return {
    message: `the pull may not read ${origin} (named by ${field}:): ${policyName(policy)} does not list it`,
    fix: `ask ${whoToAsk(policy)} to add ${origin} under read:, if the pull should read that service; it reads only the public APIs it knows (${[...builtInOrigins].join(', ')}) and the origins maintainers list`,
  };
}

/** "@a, @b (who own .github/metric-secrets.yaml)", or a description when CODEOWNERS names nobody. */
function whoToAsk(policy: SecretPolicy): string {
  return policy.owners.length ? `a maintainer (${policy.owners.join(', ')}, who own ${secretPolicyFile})` : `a maintainer (whoever may change ${secretPolicyFile})`;
}

const policyName = (policy: SecretPolicy) => (policy.fromFile ? secretPolicyFile : `the default policy (there is no ${secretPolicyFile})`);

/** Why the policy refuses `use`, with whom to ask; undefined when it allows it. */
export function policyRefusal(policy: SecretPolicy, use: SecretUse): { message: string; fix: string } | undefined {
  const { send, connect } = policy.rules;
  const named = `${use.variable} (named by ${use.field}:)`;
  if (use.origin === undefined) {
    if (connect.includes(use.variable)) return undefined;
    return {
      message: `${named} is not a database connection ${policyName(policy)} allows`,
      fix: `ask ${whoToAsk(policy)} to list ${use.variable} under connect:, if it holds the connection string of a read-only database login`,
    };
  }
  if (connect.includes(use.variable)) {
    return {
      message: `${named} holds a database connection string (it is listed under connect:), which is never sent to a web address`,
      fix: `name the variable that holds the token of ${use.origin} in ${use.field}:`,
    };
  }
  const allowed = Object.hasOwn(send, use.variable) ? send[use.variable]! : [];
  if (allowed.some((origin) => originOf(origin) === use.origin)) return undefined;
  return {
    message: allowed.length
      ? `${named} may not be sent to ${use.origin}: ${policyName(policy)} allows it only to ${allowed.map(originOf).join(', ')}`
      : `${named} may not be sent to ${use.origin}: ${policyName(policy)} does not allow sending it anywhere`,
    fix: `ask ${whoToAsk(policy)} to add ${use.origin} under send: ${use.variable}:, if that service should receive it; the pull does not run this source until then`,
  };
}

/** A refusal of a source block by the policy, at the field to change. */
export interface SourceRefusal {
  field: SecretField | 'api' | 'url';
  message: string;
  fix: string;
}

/**
 * Everything the policy refuses in `source`, in the order to fix it: each secret it may
 * not use where it says, then, only when no secret is refused, an origin it may not read
 * (allowing a secret there allows reading there too: one problem to fix, not two). The
 * one judgement behind `npm run check` (all of them) and the pull (the first).
 */
export function sourceRefusals(source: SourceBlock, policy: SecretPolicy): SourceRefusal[] {
  const refusals: SourceRefusal[] = [];
  for (const use of secretUses(source)) {
    const refused = policyRefusal(policy, use);
    if (refused) refusals.push({ field: use.field, ...refused });
  }
  const reads = sourceOrigin(source);
  const unreadable = !refusals.length && reads && readRefusal(policy, reads.origin, reads.field);
  if (unreadable) refusals.push({ field: reads.field, ...unreadable });
  return refusals;
}

/**
 * The secrets `source` may use, read from `env`. Throws a SourceError, before anything
 * is sent, when the policy does not let the pull read the source's origin, for the first
 * use of a secret it refuses, or for a variable that is not set.
 */
export function resolveSecrets(source: SourceBlock, policy: SecretPolicy, env: Readonly<Record<string, string | undefined>>): Secrets {
  const refused = sourceRefusals(source, policy)[0];
  if (refused) throw new SourceError(refused.message, refused.fix);
  const uses = secretUses(source);
  const secrets: Partial<Record<SecretField, Secret>> = {};
  for (const use of uses) {
    const value = Object.hasOwn(env, use.variable) ? env[use.variable] : undefined;
    if (value === undefined || value === '') {
      throw new SourceError(
        `the environment variable ${use.variable} (named by ${use.field}:) is not set`,
        `set ${use.variable} before running the pull (in GitHub Actions: a repository secret, passed in the workflow's env:), or remove ${use.field}: if the source needs no credentials`,
      );
    }
    secrets[use.field] = { variable: use.variable, value, ...(use.origin ? { origin: use.origin } : {}) };
  }
  return secrets;
}

/** A token sent as `Authorization: Bearer …`, bound to the origin the policy allowed it to. */
export function bearer(secret: Secret | undefined): Credentials | undefined {
  return secret?.origin ? { variable: secret.variable, origin: secret.origin, headers: { authorization: `Bearer ${secret.value}` } } : undefined;
}
