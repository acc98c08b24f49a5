/**
 * Secrets are named, never written: a metric's source block names the environment
 * variable that holds a token or connection string. Content is public to the whole
 * company and its git history keeps everything, so a token pasted in place of that
 * name is an error `npm run check` reports before the pull request is merged, and
 * `npm run metrics:pull` refuses to run such a source (it would print the token in
 * its "variable not set" error).
 */
import type { CheckedEntry } from './integrity.ts';
import { formatFieldPath, type Problem } from './problem.ts';

/** Known token shapes first (their names help the author revoke the right thing), then generic ones. */
const patterns: ReadonlyArray<{ kind: string; test: RegExp }> = [
  { kind: 'a GitHub token', test: /\bgh[pousr]_[A-Za-z0-9]{20,}/ },
  { kind: 'a fine-grained GitHub token', test: /\bgithub_pat_[A-Za-z0-9_]{20,}/ },
  { kind: 'an npm token', test: /\bnpm_[A-Za-z0-9]{20,}/ },
  { kind: 'a PyPI token', test: /\bpypi-[A-Za-z0-9_-]{20,}/ },
  { kind: 'a Slack token', test: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { kind: 'an AWS access key', test: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'a connection string with a password', test: /[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i },
  { kind: 'a key or password in a URL', test: /[?&](?:access_token|token|api[_-]?key|key|password|secret)=[^&\s]{6,}/i },
  { kind: 'a long hexadecimal key', test: /(?:^|[^A-Za-z0-9])[0-9a-f]{32,}(?:$|[^A-Za-z0-9])/i },
];

/**
 * Random-looking words of 32 characters or more (base64 or base64url keys). Mixed case
 * and digits together: long SQL identifiers, package names and prose do not have them.
 */
function isRandomLooking(word: string): boolean {
  return word.length >= 32 && /^[A-Za-z0-9+/_=-]+$/.test(word) && /[a-z]/.test(word) && /[A-Z]/.test(word) && /\d/.test(word);
}

/** What kind of secret `value` looks like ("a GitHub token"), or undefined when it looks like none. */
export function looksLikeSecret(value: string): string | undefined {
  for (const { kind, test } of patterns) if (test.test(value)) return kind;
  if (value.split(/[\s,;'"()]+/).some(isRandomLooking)) return 'a random-looking key';
  return undefined;
}

/** Every string inside `value` with its key path. */
function* strings(value: unknown, path: PropertyKey[]): Generator<{ path: PropertyKey[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

/** Errors for secret-looking values in the source block of metric definitions. */
export function checkSecrets(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'metrics') continue;
    const source = (entry.raw as { source?: unknown } | undefined)?.source;
    if (!source || typeof source !== 'object') continue;
    for (const { path, text } of strings(source, ['source'])) {
      const kind = looksLikeSecret(text);
      if (!kind) continue;
      const key = String(path.at(-1));
      problems.push({
        severity: 'error',
        file: entry.file,
        ...entry.locate(path),
        field: formatFieldPath(path),
        message: `this looks like ${kind} written into the file; content names secrets, it never holds them`,
        hint:
          'delete it and revoke it now (git history and the pull request keep it), store it in an environment variable ' +
          (key === 'url' || key === 'api'
            ? '(a repository secret in GitHub Actions), keep the address without it and name that variable in token: (or connection: for sql)'
            : `(a repository secret in GitHub Actions) and write that variable's name here, like ${key}: ${exampleName(key)}`),
      });
    }
  }
  return problems;
}

function exampleName(key: string): string {
  if (key === 'apiKey') return 'DISCOURSE_API_KEY';
  if (key === 'apiUser') return 'DISCOURSE_API_USER';
  if (key === 'connection') return 'ANALYTICS_DATABASE_URL';
  return 'GITHUB_TOKEN';
}
