/**
 * Validates the whole content folder and returns every problem at once: unknown
 * files, YAML syntax, schema errors with the line of the offending key, file-name
 * conventions and cross-entry integrity. The build's content guard and
 * `npm run check` both call this; there is no second implementation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { collections, collectionNames, entryIdFromPath, type CollectionName } from '../../schemas/collections.ts';
import { didYouMean } from '../did-you-mean.ts';
import { checkIntegrity, type CheckedEntry } from './integrity.ts';
import { formatFieldPath, sortProblems, type Problem } from './problem.ts';
import { describeIssues } from './schema-issues.ts';
import { readSourceFile } from './source-file.ts';
import { defaultSiteConfig, siteConfigFile, siteSchema, type SiteConfig } from '../../schemas/site.ts';
import { checkMetricData } from '../metrics/data-files.ts';
import { buildNow } from '../now.ts';
import { checkReviewDue } from './review-due.ts';
import { checkRecaps } from './recap-checks.ts';
import { adviseOn } from './advice.ts';
import { checkBrand } from './brand.ts';

export interface ValidEntry extends CheckedEntry {
  /** Data after schema parsing (defaults applied, dates as `Date`). */
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
}

export interface ContentReport {
  problems: Problem[];
  entries: ValidEntry[];
  /** Number of files read. */
  fileCount: number;
  /** Site settings from `content/site.yaml`, or the defaults. */
  site: SiteConfig;
}

const proseExtensions = new Set(['.md', '.mdx']);
const dataExtensions = new Set(['.yaml', '.yml']);
/** Files every folder may hold without being content. */
const ignoredNames = new Set(['README.md', '.gitkeep', '.DS_Store', 'site.yaml']);

/**
 * @param contentDir absolute path of the content folder
 * @param displayRoot paths in problems are shown relative to this (the project root)
 * @param options.now the date reviews are due against; the build's "now" by default
 */
export function checkContent(contentDir: string, displayRoot = process.cwd(), { now = buildNow() }: { now?: Date } = {}): ContentReport {
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  const display = (abs: string) => path.relative(displayRoot, abs).split(path.sep).join('/');
  let fileCount = 0;

  const folders = new Set(collectionNames.map((name) => collections[name].dir));
  for (const name of safeReaddir(contentDir)) {
    const abs = path.join(contentDir, name);
    if (ignoredNames.has(name) || name.startsWith('.')) continue;
    // Other top-level folders (metrics, assets) are owned by later features; a
    // misspelt collection folder is the mistake worth catching here.
    const suggestion = didYouMean(name, folders);
    if (isDirectory(abs) && !folders.has(name) && suggestion) {
      problems.push({
        severity: 'error',
        file: display(abs),
        message: `folder "${name}" is not a content collection, so its pages would be silently left out`,
        hint: `${suggestion} Rename the folder.`,
      });
    }
  }

  for (const collection of collectionNames) {
    const spec = collections[collection];
    const dir = path.join(contentDir, spec.dir);
    const allowed = spec.kind === 'prose' ? proseExtensions : dataExtensions;
    for (const relative of listFiles(dir)) {
      const abs = path.join(dir, relative);
      const file = display(abs);
      const base = path.basename(relative);
      const ext = path.extname(base).toLowerCase();
      if (ignoredNames.has(base) || base.startsWith('.')) continue;
      // A metric's data sits beside its definition; checkMetricData validates it.
      if (collection === 'metrics' && ext === '.csv') continue;
      if (!allowed.has(ext)) {
        problems.push({
          severity: 'error',
          file,
          message: `"${base}" is not a ${spec.kind === 'prose' ? 'Markdown (.md or .mdx)' : 'YAML (.yaml)'} file, so it would be left out of the site`,
          hint: `name it like ${spec.naming}, or move it out of content/${spec.dir}/`,
        });
        continue;
      }
      fileCount++;
      const entry = checkFile(collection, relative, abs, file, problems);
      if (entry) entries.push(entry);
    }
  }

  const metricIds = new Set(entries.filter((e) => e.collection === 'metrics').map((e) => e.id));
  const site = checkSiteConfig(contentDir, display, problems, metricIds);
  problems.push(...checkBrand(contentDir, display));
  problems.push(...checkIntegrity(entries));
  problems.push(...checkRecaps(entries));
  problems.push(...checkMetricData(contentDir, display));
  problems.push(...checkReviewDue(entries, now));
  problems.push(...adviseOn(entries, problems, now));
  return { problems: sortProblems(problems), entries, fileCount, site };
}

/** `content/site.yaml` is optional (defaults apply), but a present one must be valid. */
function checkSiteConfig(contentDir: string, display: (abs: string) => string, problems: Problem[], metricIds: ReadonlySet<string>): SiteConfig {
  const abs = path.join(contentDir, siteConfigFile);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    return defaultSiteConfig;
  }
  const file = display(abs);
  const source = readSourceFile(text, 'data');
  for (const error of source.syntaxErrors) problems.push({ severity: 'error', file, ...error });
  if (source.data === undefined) return defaultSiteConfig;
  const result = siteSchema.safeParse(source.data, { reportInput: true });
  if (result.success) {
    // Headline cards name metrics; an unknown id would silently drop a card.
    result.data.headlineMetrics.forEach((id, i) => {
      if (metricIds.has(id)) return;
      const suggestion = didYouMean(id, metricIds);
      problems.push({ severity: 'error', file, ...source.locate(['headlineMetrics', i]), field: `headlineMetrics[${i}]`, message: `unknown metric "${id}": no file content/metrics/${id}.yaml exists`, hint: suggestion ?? 'use the file name of a metric in content/metrics/, without .yaml' });
    });
    return result.data;
  }
  for (const issue of describeIssues(siteSchema, result.error.issues)) {
    problems.push({ severity: 'error', file, ...source.locate(issue.path), field: formatFieldPath(issue.path) || undefined, message: issue.message, hint: issue.hint });
  }
  return defaultSiteConfig;
}

function checkFile(
  collection: CollectionName,
  relative: string,
  abs: string,
  file: string,
  problems: Problem[],
): ValidEntry | undefined {
  const spec = collections[collection];
  const source = readSourceFile(readFileSync(abs, 'utf8'), spec.kind);
  for (const error of source.syntaxErrors) problems.push({ severity: 'error', file, ...error });
  const id = entryIdFromPath(collection, relative);
  const stem = path.basename(relative).replace(/\.[^.]+$/, '');

  const conventional = spec.fileName.test(stem);
  if (!conventional) {
    problems.push({ severity: 'error', file, message: `file name "${path.basename(relative)}" does not follow the convention`, hint: `name it like ${spec.naming}, lowercase with dashes` });
  }

  const entry: ValidEntry = { collection, id, file, raw: source.data, locate: source.locate, data: {}, body: source.body, bodyLine: source.bodyLine };
  // Fix: an unreadable file (YAML syntax error, no frontmatter) still exists and
  // still has its id. Returning no entry made every reference to it fail with a
  // false "no file content/<dir>/<id>.* exists". With `raw` undefined, integrity
  // sees the id but no references or order to check.
  if (source.data === undefined) return entry;
  const result = spec.schema.safeParse(source.data, { reportInput: true });
  if (!result.success) {
    for (const issue of describeIssues(spec.schema, result.error.issues)) {
      problems.push({ severity: 'error', file, ...source.locate(issue.path), field: formatFieldPath(issue.path) || undefined, message: issue.message, hint: issue.hint });
    }
    // Keep the entry for integrity checks: its references may be wrong too, and
    // authors want every problem in one run.
    return entry;
  }
  entry.data = result.data as Record<string, unknown>;

  // Fix: the checks below read a date, year or number out of the file name; for a
  // name not following the convention (already reported above) they produced
  // nonsense like "does not match the file name's spring-upd".
  if (!conventional) return entry;
  if (spec.dateInFileName) {
    const date = spec.dateInFileName.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], entry.data);
    const written = stem.slice(0, 10);
    if (date instanceof Date && date.toISOString().slice(0, 10) !== written) {
      problems.push({
        severity: 'error',
        file,
        ...source.locate(spec.dateInFileName),
        field: spec.dateInFileName.join('.'),
        message: `date ${date.toISOString().slice(0, 10)} does not match the file name's ${written}`,
        hint: 'rename the file or fix the date, so files sort in the order things happened',
      });
    }
  }
  if (collection === 'recaps') {
    const folder = relative.split(/[\\/]/).at(-2);
    const year = stem.slice(0, 4);
    if (folder !== year) {
      problems.push({ severity: 'error', file, message: `recap is in folder "${folder ?? 'recaps'}" but dated ${year}`, hint: `move it to content/recaps/${year}/` });
    }
  }
  if (collection === 'roadbook') {
    const order = entry.data.order as number;
    const prefix = Number(stem.slice(0, 2));
    if (prefix !== order) {
      problems.push({ severity: 'warning', file, ...source.locate(['order']), field: 'order', message: `order ${order} differs from the file name's ${stem.slice(0, 2)}`, hint: `rename the file to ${String(order).padStart(2, '0')}-${id}.mdx so the folder reads in book order` });
    }
  }
  return entry;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/** Files below `dir`, relative, sorted, following Astro's glob in skipping dot-folders. */
function listFiles(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
      .filter((rel) => !rel.split(path.sep).some((part) => part.startsWith('.') && part !== '.'))
      .sort();
  } catch {
    return [];
  }
}
