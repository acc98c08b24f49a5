/**
 * Pairs metric definitions (`<id>.yaml`) with their data (`<id>.csv`) in
 * `content/metrics/`. The checker uses it to report a definition without data and
 * data without a definition; the wiki uses it to load each metric's points.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../check/problem.ts';
import { parseMetricCsv, type ParsedCsv } from './csv.ts';
import { ContentFileError, readContentText } from '../content-fs.ts';
import { maxCsvFileBytes } from '../check/limits.ts';
import { unreadableFileProblem } from '../check/closed-world.ts';

/** Folder of metric files inside the content folder. */
export const metricsDir = 'metrics';

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Read and parse `content/metrics/<id>.csv`; a missing file gives no points and one problem. */
export function readMetricCsv(contentDir: string, id: string, display: (abs: string) => string = (p) => p): ParsedCsv {
  const abs = path.join(contentDir, metricsDir, `${id}.csv`);
  let text: string;
  try {
    text = readContentText(contentDir, abs, maxCsvFileBytes);
  } catch (error) {
    // A missing file is reported by checkMetricData as "has no data file"; a link by the closed-world check.
    const problem = error instanceof ContentFileError && error.kind !== 'missing' ? unreadableFileProblem(error, display(abs)) : undefined;
    return { points: [], hasSeries: false, problems: problem ? [problem] : [] };
  }
  return parseMetricCsv(text, display(abs));
}

/**
 * Every data-file problem in `content/metrics/`: CSV errors with line and column, a
 * definition with no CSV, a CSV with no definition.
 */
export function checkMetricData(contentDir: string, display: (abs: string) => string): Problem[] {
  const dir = path.join(contentDir, metricsDir);
  const names = listDir(dir);
  const stems = (ext: RegExp) => new Set(names.filter((n) => ext.test(n)).map((n) => n.replace(/\.[^.]+$/, '')));
  const definitions = stems(/\.ya?ml$/);
  const csvs = stems(/\.csv$/);
  const problems: Problem[] = [];
  for (const id of definitions) {
    if (csvs.has(id)) continue;
    const yamlName = names.find((n) => n === `${id}.yaml` || n === `${id}.yml`)!;
    problems.push({
      severity: 'error',
      file: display(path.join(dir, yamlName)),
      message: `metric "${id}" has no data file`,
      hint: `add content/metrics/${id}.csv starting with the line "date,value"`,
    });
  }
  for (const id of csvs) {
    const file = display(path.join(dir, `${id}.csv`));
    if (!definitions.has(id)) {
      problems.push({
        severity: 'error',
        file,
        message: `data file "${id}.csv" has no definition, so it would not appear anywhere`,
        hint: `add content/metrics/${id}.yaml (title, description, unit, source, owner, aggregation), or rename the CSV to match an existing definition`,
      });
    }
    problems.push(...readMetricCsv(contentDir, id, display).problems);
  }
  return problems;
}
