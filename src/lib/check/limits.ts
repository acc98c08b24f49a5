/**
 * How much content the wiki reads, in one place. Content is untrusted: a file built to
 * be huge, a line of a million letters, YAML anchors that expand to billions of values or
 * markup nested thousands deep would otherwise keep `npm run check` (and the pull
 * request's CI) busy for minutes or crash it. Each limit is far above anything a team
 * writes by hand, and each is checked before the expensive step it protects, so an
 * input over it gets a clear error in milliseconds.
 */

/** A Markdown, MDX or YAML file: a long recap with a big table is 30 KB. */
export const maxTextFileBytes = 1024 * 1024;

/** A metric's CSV: twenty years of daily rows in ten series is about 4 MB. */
export const maxCsvFileBytes = 16 * 1024 * 1024;

/** The logo: large enough for any real logo, small enough to stay off every page's critical path. */
export const maxLogoBytes = 200 * 1024;

/**
 * One line of a content file, in characters. A paragraph written on one line is rarely
 * over 3,000; Markdown tables and YAML values are shorter. Parsers, the HTML allowlist
 * and did-you-mean all cost more on long lines.
 */
export const maxLineLength = 20_000;

/**
 * Values in one YAML document once its aliases (`*name`) are expanded: a "billion laughs"
 * of nine anchors, each nine copies of the last, is 387 million. The sample's largest file
 * holds under 200.
 */
export const maxYamlValues = 20_000;

/** Nesting of YAML maps and lists: frontmatter is rarely over 4 deep. */
export const maxYamlDepth = 32;

/** Nesting of Markdown/MDX blocks and elements (lists in quotes in list items…). */
export const maxBodyDepth = 64;

/** Problems listed for one file before the rest are summed up in one line. */
export const maxProblemsPerFile = 25;

/** The 1-based number and length of the first line longer than `limit`, or undefined. Linear, no regex. */
export function firstLongLine(text: string, limit = maxLineLength): { line: number; length: number } | undefined {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > limit) return { line, length: end - start };
    start = end + 1;
    line++;
  }
  return undefined;
}

/**
 * Whether a parsed YAML value stays within `maxYamlValues` values and `maxYamlDepth`
 * levels, counting a value reached through an alias every time it is reached (as every
 * consumer that walks it would). Stops counting at the limit, so an alias bomb costs
 * microseconds, not its expanded size.
 */
export function yamlSizeProblem(data: unknown): 'too many values' | 'too deep' | undefined {
  let count = 0;
  const pending: Array<{ value: unknown; depth: number }> = [{ value: data, depth: 0 }];
  while (pending.length) {
    const { value, depth } = pending.pop()!;
    if (++count > maxYamlValues) return 'too many values';
    if (value === null || typeof value !== 'object' || value instanceof Date) continue;
    if (depth >= maxYamlDepth) return 'too deep';
    for (const child of Array.isArray(value) ? value : Object.values(value)) pending.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}

/**
 * Whether YAML text opens more than `maxYamlDepth` flow collections (`[`, `{`) without
 * closing them, counted in one pass before parsing: both YAML parsers recurse into flow
 * collections, and one of them takes a minute over 200,000 open brackets. Brackets in
 * quoted text count too; no real file has 32 unclosed ones.
 */
export function yamlFlowTooDeep(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > maxYamlDepth) return true;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return false;
}
