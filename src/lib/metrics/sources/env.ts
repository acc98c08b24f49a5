/**
 * Looks up a secret by the environment variable name content gives. Only the name is
 * ever printed: a missing variable is reported by name, its value never.
 */
import { SourceError } from './errors.ts';

export function secretFrom(env: Readonly<Record<string, string | undefined>>, name: string | undefined, field: string): string | undefined {
  if (name === undefined) return undefined;
  const value = env[name];
  if (value === undefined || value === '') {
    throw new SourceError(
      `the environment variable ${name} (named by ${field}:) is not set`,
      `set ${name} before running the pull (in GitHub Actions: a repository secret, passed in the workflow's env:), or remove ${field}: if the source needs no credentials`,
    );
  }
  return value;
}
