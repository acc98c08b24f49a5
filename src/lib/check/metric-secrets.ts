/**
 * `npm run check`'s view of the metric secrets policy: the policy file itself, each
 * source block whose address the policy does not let the pull read, and each that names
 * a variable the policy would not send where the block says.
 * An error, so the pull request that adds such a source (or changes the policy under
 * one) shows it and names the maintainers to ask, rather than the weekly pull failing
 * after the merge. Checked by `npm run check` only, like CODEOWNERS: the policy is a
 * repository file, not content, and the build never sends a secret.
 */
import { isPulled, type SourceBlock } from '../../schemas/metric-sources.ts';
import { loadSecretPolicy } from '../metrics/secret-policy-file.ts';
import { sourceRefusals } from '../metrics/sources/secrets.ts';
import type { CheckedEntry } from './integrity.ts';
import type { Problem } from './problem.ts';

/** Problems of the policy in `root` and of every metric source it refuses. */
export function checkMetricSecrets(entries: readonly (CheckedEntry & { data: Record<string, unknown> })[], root: string): Problem[] {
  const { policy, problems } = loadSecretPolicy(root);
  // A broken policy allows nothing; its own problems say so once, not once per source.
  if (problems.length) return problems;
  for (const entry of entries) {
    if (entry.collection !== 'metrics') continue;
    const source = entry.data.source as string | SourceBlock | undefined;
    if (source === undefined || !isPulled(source)) continue;
    for (const refused of sourceRefusals(source, policy)) {
      problems.push({ severity: 'error', file: entry.file, ...entry.locate(['source', refused.field]), field: `source.${refused.field}`, message: refused.message, hint: refused.fix });
    }
  }
  return problems;
}
