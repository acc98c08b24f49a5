/**
 * A throwaway project for `npm run metrics:pull` tests: the good-content fixture plus
 * the metric definitions and CSVs a test gives, in a temporary folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface MetricProject {
  root: string;
  content: string;
  read(file: string): string;
  /** Every file under content/metrics/, name → text (temporary files included, to catch leftovers). */
  snapshot(): Record<string, string>;
}

export function metricProject(files: Record<string, string>): MetricProject {
  const root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-pull-'));
  const content = path.join(root, 'content');
  cpSync(path.join(projectRoot, 'tests/fixtures/good-content'), content, { recursive: true });
  mkdirSync(path.join(content, 'metrics'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(content, 'metrics', name), text);
  const dir = path.join(content, 'metrics');
  return {
    root,
    content,
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    snapshot: () => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), 'utf8')])),
  };
}

/** A metric definition owned by the fixture's maria-lopez, with `source` as YAML lines. */
export function definition(title: string, aggregation: 'sum' | 'last' | 'mean', source: string, extra = ''): string {
  return `title: ${title}\ndescription: ${title}, pulled.\nunit: things\nowner: maria-lopez\naggregation: ${aggregation}\n${extra}source:\n${source.replace(/^/gm, '  ')}\n`;
}
