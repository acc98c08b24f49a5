/**
 * Validates the whole content folder and returns every problem at once: unknown
 * files, YAML syntax, schema errors with the line of the offending key, file-name
 * conventions and cross-entry integrity. The build's content guard and
 * `npm run check` both call this; there is no second implementation.
 */
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
import { checkMeetingSkips } from './meeting-skips.ts';
import { adviseOn } from './advice.ts';
import { idProblem, makeId, maxIdBytes, normalizeId } from '../../schemas/ids.ts';
import { checkStrayFiles } from './stray-files.ts';
import { listFiles } from './list-files.ts';
import { swallowedComments } from './yaml-comments.ts';
import { checkBody } from './body/check-body.ts';
import { readSiteFiles } from './body/site-files.ts';
import { checkSecrets } from './secrets.ts';
import { checkStaleData } from './stale-data.ts';
import { checkBrand } from './brand.ts';
import { checkStrings } from './strings.ts';
import { checkClosedWorld, unreadableFileProblem } from './closed-world.ts';
import { ContentFileError, readContentText } from '../content-fs.ts';
import { maxProblemsPerFile, maxTextFileBytes } from './limits.ts';
import { checkDigestRecipients } from './digest-recipients.ts';
import { checkMedia } from './media.ts';
import { templateMarkers } from './template-markers.ts';
import { OutlineBuilder, type BodyOutline } from './body/outline.ts';
import { checkAnchors } from './anchors.ts';

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
 * @param options.digestAllowedDomains the maintainers' DIGEST_ALLOWED_DOMAINS; the environment's by default
 */
export function checkContent(
  contentDir: string,
  displayRoot = process.cwd(),
  { now = buildNow(), digestAllowedDomains = process.env.DIGEST_ALLOWED_DOMAINS }: { now?: Date; digestAllowedDomains?: string } = {},
): ContentReport {
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  const display = (abs: string) => path.relative(displayRoot, abs).split(path.sep).join('/');
  let fileCount = 0;

  problems.push(...checkClosedWorld(contentDir, display));
  problems.push(...checkStrayFiles(contentDir, display));
  problems.push(...checkMedia(contentDir, display));

  const siteFiles = readSiteFiles(contentDir);
  // Each body's ids and section links, gathered while its body is checked, for checkAnchors.
  const outlines = new Map<ValidEntry, BodyOutline>();
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
      let text: string;
      try {
        text = readContentText(contentDir, abs, maxTextFileBytes);
      } catch (error) {
        const problem = unreadableFileProblem(error, file);
        if (problem) problems.push(problem);
        continue;
      }
      const entry = checkFile(collection, relative, text, file, problems);
      if (entry) entries.push(entry);
      // The body is checked whatever the frontmatter's state: every problem in one run.
      if (entry && spec.kind === 'prose') {
        const outline = new OutlineBuilder();
        problems.push(...checkBody(entry, siteFiles, outline));
        outlines.set(entry, outline.outline);
      }
    }
  }

  const metricIds = new Set(entries.filter((e) => e.collection === 'metrics').map((e) => e.id));
  const site = checkSiteConfig(contentDir, display, problems, metricIds, digestAllowedDomains);
  problems.push(...checkBrand(contentDir, display));
  problems.push(...checkStrings(contentDir, display, site));
  problems.push(...checkIntegrity(entries));
  problems.push(...checkAnchors(entries.map((entry) => ({ ...entry, outline: outlines.get(entry) }))));
  problems.push(...checkRecaps(entries, now, siteFiles), ...checkMeetingSkips(entries));
  problems.push(...checkMetricData(contentDir, display));
  problems.push(...checkReviewDue(entries, now));
  problems.push(...checkSecrets(entries), ...checkStaleData(entries, contentDir, now));
  problems.push(...adviseOn(entries, problems, now));
  return { problems: capPerFile(sortProblems(problems)), entries, fileCount, site };
}

/**
 * At most `maxProblemsPerFile` problems of each file, then one line with the count of the
 * rest: a file built to have 100,000 errors must not flood the terminal and the pull
 * request with them, and the first few are what the author fixes first anyway.
 */
function capPerFile(problems: Problem[]): Problem[] {
  const perFile = new Map<string, number>();
  const kept: Problem[] = [];
  for (const problem of problems) {
    const seen = (perFile.get(problem.file) ?? 0) + 1;
    perFile.set(problem.file, seen);
    if (seen <= maxProblemsPerFile) kept.push(problem);
  }
  for (const [file, count] of perFile) {
    if (count <= maxProblemsPerFile) continue;
    const index = kept.findLastIndex((p) => p.file === file);
    const more = count - maxProblemsPerFile;
    kept.splice(index + 1, 0, { severity: 'error', file, message: `…and ${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'} in this file`, hint: 'fix the ones above and run npm run check again' });
  }
  return kept;
}

/** `content/site.yaml` is optional (defaults apply), but a present one must be valid. */
function checkSiteConfig(contentDir: string, display: (abs: string) => string, problems: Problem[], metricIds: ReadonlySet<string>, digestAllowedDomains: string | undefined): SiteConfig {
  const abs = path.join(contentDir, siteConfigFile);
  const file = display(abs);
  let text: string;
  try {
    text = readContentText(contentDir, abs, maxTextFileBytes);
  } catch (error) {
    const problem = unreadableFileProblem(error, file);
    // No site.yaml at all is fine: the defaults apply.
    if (problem && !(error instanceof ContentFileError && error.kind === 'missing')) problems.push(problem);
    return defaultSiteConfig;
  }
  problems.push(...templateMarkers(text, file));
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
    problems.push(...checkDigestRecipients(result.data, file, source.locate, digestAllowedDomains));
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
  text: string,
  file: string,
  problems: Problem[],
): ValidEntry | undefined {
  const spec = collections[collection];
  problems.push(...templateMarkers(text, file));
  const source = readSourceFile(text, spec.kind);
  for (const error of source.syntaxErrors) problems.push({ severity: 'error', file, ...error });
  // Frontmatter runs from line 2 to the line before the closing ---.
  if (source.data !== undefined) problems.push(...swallowedComments(text, file, spec.kind === 'prose' ? 2 : 1, spec.kind === 'prose' ? source.bodyLine - 2 : undefined));
  const id = entryIdFromPath(collection, relative);
  const asWritten = path.basename(relative).replace(/\.[^.]+$/, '');
  const stem = normalizeId(asWritten);

  const conventional = spec.fileName.test(stem);
  if (!conventional) {
    problems.push({ severity: 'error', file, message: `file name "${path.basename(relative)}" does not follow the convention`, hint: fileNameHint(spec, stem, path.extname(relative)) });
  } else if (stem !== asWritten) {
    problems.push(decomposedName(file, stem + path.extname(relative)));
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
  if (collection === 'syncs') {
    // The file name says whose meeting it was; so does `department`. When they differ,
    // the folder lists the sync under one department and the page under another.
    const named = stem.slice(11);
    const department = entry.data.department as string;
    // A second sync with them on the same day may add a suffix: 2026-04-14-sales-2.md.
    if (named !== department && !named.startsWith(`${department}-`)) {
      problems.push({
        severity: 'error',
        file,
        ...source.locate(['department']),
        field: 'department',
        message: `department "${department}" differs from the file name's "${named}"`,
        hint: `rename the file to ${stem.slice(0, 11)}${department}${path.extname(relative)}, or fix department if the file name is right`,
      });
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

/** "rename it to joao-conceicao.yaml" when the name made into an id fits, else the convention. */
function fileNameHint(spec: (typeof collections)[CollectionName], stem: string, ext: string): string {
  // Keep a date or order prefix as written; make the rest an id.
  const prefix = /^(\d{4}-\d{2}-\d{2}-|\d{2}-)/.exec(stem)?.[0] ?? '';
  const folded = prefix + makeId(stem.slice(prefix.length), maxIdBytes - prefix.length);
  const problem = idProblem(stem.slice(prefix.length));
  const why = problem ? `${problem}, so the page's address works everywhere` : "ids are lowercase words joined by dashes, so the page's address works everywhere";
  if (folded !== stem && spec.fileName.test(folded)) return `rename it to ${folded}${ext}: ${why}`;
  return `name it like ${spec.naming}, lowercase words of any script joined by dashes`;
}

/**
 * A file name a Mac wrote decomposed (NFD: "デ" as "テ" plus a separate voicing mark). Its
 * page is the same (ids are NFC), but git on other machines and GitHub's CODEOWNERS see
 * another name than the one typed, so it is worth a rename.
 */
function decomposedName(file: string, composed: string): Problem {
  return {
    severity: 'warning',
    file,
    message: 'the file name is stored in decomposed Unicode (NFD), as some Mac tools write it; its page is the same, but GitHub and CODEOWNERS see another name than the one you typed',
    hint: `rename it to the composed form with git mv, then commit: ${composed} (git config core.precomposeUnicode true keeps it so on a Mac)`,
  };
}
