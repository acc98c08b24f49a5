/**
 * The policy a host header must send, from src/lib/csp.ts, and a strict comparison: a
 * header may not add a directive, drop one, repeat one, or add a source to one (a `*`,
 * `https:`, `'unsafe-inline'`, another host). Used for public/_headers, every nginx
 * example and what a running nginx actually sends.
 */
import { cspDirectives, headerFrameSrc } from '../../src/lib/csp.ts';

/** Directive name → its sources, in the order written. */
export type ParsedPolicy = Array<[string, string[]]>;

export function parsePolicy(policy: string): ParsedPolicy {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      return [name!.toLowerCase(), sources];
    });
}

/** What the page <meta> says (src/lib/csp.ts), plus what only a header can say or Astro writes with hashes. */
export const headerPolicy: ReadonlyMap<string, readonly string[]> = new Map([
  ...parsePolicy(cspDirectives.join('; ')),
  // Astro puts script and style hashes in the <meta>; the header allows the site's own files and search's WebAssembly.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  // Headers cannot vary per page: they allow the video hosts, the most any page's <meta> may (csp.ts).
  ...parsePolicy(headerFrameSrc),
  ['frame-ancestors', ["'none'"]],
]);

/** Every way `policy` differs from `headerPolicy`, in words; empty when it is the same. */
export function policyDifferences(policy: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [name, sources] of parsePolicy(policy)) {
    if (seen.has(name)) problems.push(`${name} is written twice`);
    seen.add(name);
    const allowed = headerPolicy.get(name);
    if (!allowed) {
      problems.push(`${name} is not a directive of src/lib/csp.ts`);
      continue;
    }
    for (const source of sources) if (!allowed.includes(source)) problems.push(`${name} adds ${source}`);
    for (const source of allowed) if (!sources.includes(source)) problems.push(`${name} lacks ${source}`);
  }
  for (const name of headerPolicy.keys()) if (!seen.has(name)) problems.push(`${name} is missing`);
  return problems;
}
