/**
 * `npm run metrics:pull` without the command line: for each metric with a source
 * block, fetch, merge into its CSV (merge.ts), validate the result like a hand-typed
 * file, write atomically, stamp `pulled:`. Each metric is pulled on its own: one that
 * fails is reported with its fix and the rest go on; nothing is written for it.
 */
import { ContentFileError, readContentText } from '../../content-fs.ts';
import { maxCsvFileBytes, maxTextFileBytes } from '../../check/limits.ts';
import path from 'node:path';
import { checkContent } from '../../check/check-content.ts';
import { formatProblem } from '../../check/problem.ts';
import { didYouMean } from '../../did-you-mean.ts';
import type { Metric } from '../../../schemas/metrics.ts';
import { isPulled } from '../../../schemas/metric-sources.ts';
import { addDays, nextPeriod, periodOf, periodStart } from '../cadence.ts';
import { parseMetricCsv, type DataPoint } from '../csv.ts';
import { metricCsvFile } from '../data-files.ts';
import { healthLabel } from '../health.ts';
import { stalenessText } from '../staleness.ts';
import { unitName } from '../units.ts';
import { english } from '../../../i18n/i18n.ts';
import { metricView } from '../metric-view.ts';
import { sourceText } from '../source-text.ts';
import { SourceError } from '../sources/errors.ts';
import type { HttpClient } from '../sources/http.ts';
import { fetchSource } from '../sources/index.ts';
import { resolveSecrets, type SecretPolicy } from '../sources/secrets.ts';
import { csvText, stampPulled, writeFileAtomic } from './files.ts';
import { mergeObservations, type Replacement } from './merge.ts';

export interface PullOptions {
  contentDir: string;
  /** Paths in messages are relative to this. */
  displayRoot: string;
  /** The pull's "now": the day periods are judged complete against, and the `pulled:` stamp. */
  now: Date;
  only?: string;
  dryRun?: boolean;
  /** `YYYY-MM-DD`: fetch from this day and rewrite the periods from it on. */
  since?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Which variable may go to which origin (`.github/metric-secrets.yaml`, or the defaults). */
  policy: SecretPolicy;
  http: HttpClient;
}

export interface MetricPull {
  id: string;
  title: string;
  /** The source in words, like "GitHub stars of lumenstack/lumen". */
  source: string;
  status: 'added' | 'unchanged' | 'failed';
  added: DataPoint[];
  replaced: Replacement[];
  unit: string;
  health?: { before: string; after: string };
  stale?: { before: boolean; after: boolean; text: string };
  error?: { message: string; fix: string };
  ms: number;
}

/** "TypeError ERR_INVALID_URL": an error's class and code, which cannot carry text from outside. */
function errorKind(error: unknown): string {
  const name = error instanceof Error && /^[A-Za-z]{1,40}$/.test(error.name) ? error.name : 'Error';
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? `${name} ${code}` : name;
}

/** A mistake in the command itself (an unknown --only id): nothing was pulled. */
export class PullUsageError extends Error {}

/** Where a pull with no `--since` starts when the CSV has no rows yet: two years back. */
const firstPullDays = 730;

export async function pullMetrics(options: PullOptions): Promise<MetricPull[]> {
  const { contentDir, displayRoot, now } = options;
  const today = now.toISOString().slice(0, 10);
  const report = checkContent(contentDir, displayRoot, { now });
  const metrics = report.entries.filter((e) => e.collection === 'metrics');
  const sourced = metrics.filter((e) => e.data.source !== undefined && isPulled(e.data.source as Metric['source']));
  if (options.only !== undefined && !sourced.some((e) => e.id === options.only)) {
    const known = metrics.some((e) => e.id === options.only);
    throw new PullUsageError(
      known
        ? `metric "${options.only}" has no source block, so there is nothing to pull (its data is typed by hand)`
        : `no metric "${options.only}" in content/metrics/ ${didYouMean(options.only, sourced.map((e) => e.id)) || `(sourced metrics: ${sourced.map((e) => e.id).join(', ') || 'none'})`}`,
    );
  }

  const results: MetricPull[] = [];
  for (const entry of sourced) {
    if (options.only !== undefined && entry.id !== options.only) continue;
    const started = performance.now();
    const data = entry.data as unknown as Metric;
    const source = data.source as Exclude<Metric['source'], string>;
    const result: MetricPull = { id: entry.id, title: data.title, source: `${source.type}: ${sourceText(source, english).text}`, status: 'unchanged', added: [], replaced: [], unit: unitName(data.unit), ms: 0 };
    results.push(result);
    const csvFile = metricCsvFile(contentDir, entry.id);
    const display = path.relative(displayRoot, csvFile).split(path.sep).join('/');
    try {
      const blocking = report.problems.filter((p) => p.severity === 'error' && (p.file === entry.file || p.file === display));
      if (blocking.length) {
        throw new SourceError(`${blocking.length} error(s) in its files, first: ${formatProblem(blocking[0]!)}`, 'fix what npm run check reports, then pull again');
      }
      let original = '';
      try {
        // Through the closed-world reader: a CSV, or a metrics folder, that is a link is
        // neither read nor written through (content-fs.ts).
        original = readContentText(contentDir, csvFile, maxCsvFileBytes);
      } catch (error) {
        // No CSV yet: the first pull creates it.
        if (!(error instanceof ContentFileError && error.kind === 'missing')) throw new SourceError(error instanceof Error ? error.message : String(error), 'replace the link with the file itself (npm run check lists every link)');
      }
      const parsed = parseMetricCsv(original || 'date,value\n', display);
      const latest = parsed.points.at(-1)?.date;
      const cadencePeriod = periodOf(data.cadence);
      const from = options.since ?? (latest ? periodStart(nextPeriod(cadencePeriod(latest), data.cadence), data.cadence) : periodStart(cadencePeriod(addDays(today, -firstPullDays)), data.cadence));

      // Refused here, before any request, when the policy does not allow a named secret where the block sends it.
      const secrets = resolveSecrets(source, options.policy, options.env);
      const fetched = await fetchSource(source, { http: options.http, secrets, from, today });
      const merge = mergeObservations({ existing: parsed.points, hasSeries: parsed.hasSeries, fetched, aggregation: data.aggregation, cadence: data.cadence, today, since: options.since });
      const text = csvText(original, merge);
      // New rows pass the same parser as hand-typed ones before anything is written.
      const problems = parseMetricCsv(text, display).problems;
      if (problems.length) throw new SourceError(`the new rows would make the CSV invalid: ${formatProblem(problems[0]!)}`, 'report this: the source returned something the pull did not expect');

      const before = metricView(entry.id, data, parsed.points, now, english);
      const after = metricView(entry.id, data, merge.points, now, english);
      result.added = merge.added;
      result.replaced = merge.replaced;
      result.health = { before: healthLabel(before.health.health, english.t), after: healthLabel(after.health.health, english.t) };
      result.stale = { before: before.staleness.stale, after: after.staleness.stale, text: stalenessText(after.staleness, english) };
      if (merge.added.length === 0 && merge.replaced.length === 0) continue;
      result.status = 'added';
      if (options.dryRun) continue;
      writeFileAtomic(csvFile, text);
      const yamlFile = path.join(displayRoot, entry.file);
      writeFileAtomic(yamlFile, stampPulled(readContentText(contentDir, path.resolve(yamlFile), maxTextFileBytes), today));
    } catch (error) {
      result.status = 'failed';
      result.added = [];
      result.replaced = [];
      result.error = error instanceof SourceError
        ? { message: error.message, fix: error.fix }
        : // Its message may quote what a service sent: only its kind is printed.
          { message: `unexpected error (${errorKind(error)})`, fix: 'run the pull again; if it repeats, report it with this message and run it locally to see where it happens' };
    } finally {
      result.ms = performance.now() - started;
    }
  }
  return results;
}
