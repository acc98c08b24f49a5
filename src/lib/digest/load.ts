/**
 * The digest's input outside a build: the checker's validated entries (data parsed by
 * the same schemas as the site) plus each metric's points from its CSV, read with the
 * same function `loadMetrics` uses. `npm run digest` and the tests call this; the site
 * builds the same input from `getWiki()`.
 */
import type { ContentReport, ValidEntry } from '../check/check-content.ts';
import type { CollectionName } from '../../schemas/collections.ts';
import type { Metric } from '../../schemas/metrics.ts';
import { readMetricCsv } from '../metrics/data-files.ts';
import type { DigestInput, Entry } from './model.ts';
import { publishedRecaps } from '../publication.ts';

/** Build the digest input from a report without errors (the caller checks). */
export function digestInputFrom(report: ContentReport, contentDir: string): DigestInput {
  const of = <T>(collection: CollectionName): Entry<T>[] =>
    report.entries.filter((e: ValidEntry) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as T, body: e.body }));
  return {
    // The same recaps as the site's /digest/ pages: internal ones stay out of a public wiki's digest.
    recaps: publishedRecaps(of<DigestInput['recaps'][number]['data']>('recaps'), report.site),
    updates: of('updates'),
    syncs: of('syncs'),
    chapters: of('roadbook'),
    meetings: of('meetings'),
    programs: of('programs'),
    team: of('team'),
    departments: of('departments'),
    metrics: of<Metric>('metrics').map((m) => ({ id: m.id, data: m.data, points: readMetricCsv(contentDir, m.id).points })),
    headlineMetrics: report.site.headlineMetrics,
  };
}
