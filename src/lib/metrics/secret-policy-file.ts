/**
 * Reads the maintainers' metric secrets policy (`.github/metric-secrets.yaml`, schema in
 * src/schemas/metric-secrets.ts) and whom CODEOWNERS names for it. Absent, the defaults
 * apply. A file that is a symbolic link, too large or invalid is a problem, and the pull
 * then sends no secret at all: a broken policy never allows more than a valid one.
 */
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultSecretPolicy, secretPolicyFile, secretPolicySchema } from '../../schemas/metric-secrets.ts';
import { formatFieldPath, sortProblems, type Problem } from '../check/problem.ts';
import { describeIssues } from '../check/schema-issues.ts';
import { readSourceFile } from '../check/source-file.ts';
import { codeownersPath } from '../codeowners.ts';
import { ownersOfPath } from '../codeowners-match.ts';
import type { SecretPolicy } from './sources/secrets.ts';

/** Larger than any policy a team writes by hand. */
const maxBytes = 64 * 1024;

/** A policy that sends nothing: what a broken file gives. */
const nothing = { send: {}, connect: [], read: [] };

function read(file: string): { text?: string; problem?: string } {
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    return {};
  }
  if (!stat.isFile()) return { problem: 'is not a plain file (a symbolic link or a folder); the pull sends no secret until it is one' };
  if (stat.size > maxBytes) return { problem: `is larger than ${maxBytes / 1024} KB; the pull sends no secret until it is fixed` };
  return { text: readFileSync(file, 'utf8') };
}

/** The policy in `root`, its owners, and problems for `npm run check`. */
export function loadSecretPolicy(root: string): { policy: SecretPolicy; problems: Problem[] } {
  const codeowners = read(path.join(root, codeownersPath)).text ?? '';
  const owners = ownersOfPath(codeowners, secretPolicyFile);
  const { text, problem } = read(path.join(root, secretPolicyFile));
  if (problem) return { policy: { rules: nothing, fromFile: true, owners }, problems: [{ severity: 'error', file: secretPolicyFile, message: problem }] };
  if (text === undefined) return { policy: { rules: defaultSecretPolicy, fromFile: false, owners }, problems: [] };

  const source = readSourceFile(text, 'data');
  const problems: Problem[] = source.syntaxErrors.map((error) => ({ severity: 'error', file: secretPolicyFile, ...error }));
  // An empty file is a policy too: it allows nothing.
  if (source.data === undefined || source.data === null) return { policy: { rules: nothing, fromFile: true, owners }, problems };
  const result = secretPolicySchema.safeParse(source.data, { reportInput: true });
  if (result.success) return { policy: { rules: result.data, fromFile: true, owners }, problems };
  for (const issue of describeIssues(secretPolicySchema, result.error.issues)) {
    problems.push({ severity: 'error', file: secretPolicyFile, ...source.locate(issue.path), field: formatFieldPath(issue.path) || undefined, message: issue.message, hint: issue.hint ?? 'the pull sends no secret until the file is valid' });
  }
  return { policy: { rules: nothing, fromFile: true, owners }, problems: sortProblems(problems) };
}
