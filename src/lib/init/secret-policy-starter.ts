/**
 * `.github/metric-secrets.yaml` as `npm run init` leaves it. The sample's policy lets its
 * metric sources' tokens go to the sample company's hosts; once init has removed those
 * sources, the entries only widen what a later pull request could send. Init therefore
 * keeps the file's explanations (every comment line) and sets its rules back to the
 * default: GITHUB_TOKEN to the GitHub API, no database, nothing read beyond the built-in APIs.
 */
import { defaultSecretPolicy } from '../../schemas/metric-secrets.ts';

/** The default rules, as YAML lines for each top-level key of the policy. */
const starterBlocks: Record<string, string[]> = {
  send: ['send:', ...Object.entries(defaultSecretPolicy.send).map(([variable, origins]) => `  ${variable}: [${origins.join(', ')}]`)],
  connect: [`connect: [${defaultSecretPolicy.connect.join(', ')}]`],
  read: [`read: [${defaultSecretPolicy.read.join(', ')}]`],
};

/**
 * `current` with every rule block replaced by the default's and every comment kept; a
 * block the file lacks is added at its end.
 */
export function starterSecretPolicy(current: string): string {
  const out: string[] = [];
  const written = new Set<string>();
  let skipping = false;
  for (const line of current.replace(/\r\n?/g, '\n').split('\n')) {
    const key = /^([A-Za-z_][\w-]*):/.exec(line)?.[1];
    if (key !== undefined) {
      skipping = true;
      if (key in starterBlocks && !written.has(key)) {
        out.push(...starterBlocks[key]!);
        written.add(key);
      }
      continue;
    }
    // A block's own lines are indented (or list items); comments and blank lines end it.
    if (skipping && /^\s+\S/.test(line) && !/^\s*#/.test(line)) continue;
    skipping = false;
    out.push(line);
  }
  while (out.length && out.at(-1) === '') out.pop();
  for (const [key, lines] of Object.entries(starterBlocks)) if (!written.has(key)) out.push(...lines);
  return `${out.join('\n').replace(/\n*$/, '')}\n`;
}
