/**
 * Pairs metric definitions (`<id>.yaml`) with their data (`<id>.csv`) in
 * `content/metrics/`. The checker uses it to report a definition without data and
 * data without a definition; the wiki uses it to load each metric's points.
 */
import { lstatSync, readdirSync } from 'node:fs';
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

/**
 * The data file of metric `id`, `content/metrics/<id>.csv`, found whatever Unicode form its
 * name is stored in: ids are composed (NFC), a name a Mac wrote may be decomposed (NFD).
 */
export function metricCsvFile(contentDir: string, id: string): string {
  const dir = path.join(contentDir, metricsDir);
  const wanted = `${id}.csv`;
  // lstat: the name is looked up, never followed (reading it refuses a link, content-fs.ts).
  if (lstatSync(path.join(dir, wanted), { throwIfNoEntry: false })) return path.join(dir, wanted);
  return path.join(dir, listDir(dir).find((name) => name.normalize('NFC') === wanted) ?? wanted);
}

/** Read and parse `content/metrics/<id>.csv`; a missing file gives no points and one problem. */
export function readMetricCsv(contentDir: string, id: string, display: (abs: string) => string = (p) => p): ParsedCsv {
  const abs = metricCsvFile(contentDir, id);
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
  // Compared as ids are, composed: a definition and its data may be stored in different forms.
  const stems = (ext: RegExp) => new Set(names.filter((n) => ext.test(n)).map((n) => n.replace(/\.[^.]+$/, '').normalize('NFC')));
  const definitions = stems(/\.ya?ml$/);
  const csvs = stems(/\.csv$/);
  const problems: Problem[] = [];
  for (const id of definitions) {
    if (csvs.has(id)) continue;
    const yamlName = names.find((n) => n.normalize('NFC') === `${id}.yaml` || n.normalize('NFC') === `${id}.yml`)!;
    problems.push({
      severity: 'error',
      file: display(path.join(dir, yamlName)),
      message: `metric "${id}" has no data file`,
      hint: `add content/metrics/${id}.csv starting with the line "date,value"`,
    });
  }
  for (const id of csvs) {
    const file = display(metricCsvFile(contentDir, id));
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
