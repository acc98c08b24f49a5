/**
 * `npm run check` warnings for metrics whose data stopped arriving (the rule is in
 * src/lib/metrics/staleness.ts), pointing at the `source` line and naming the owner,
 * as review-due.ts does for pages. Warnings, not errors: old numbers still chart.
 */
import { isoDay } from '../dates.ts';
import { readMetricCsv } from '../metrics/data-files.ts';
import { stalenessOf, stalenessText } from '../metrics/staleness.ts';
import { english } from '../../i18n/i18n.ts';
import type { Metric } from '../../schemas/metrics.ts';
import type { ValidEntry } from './check-content.ts';
import type { Problem } from './problem.ts';

export function checkStaleData(entries: readonly ValidEntry[], contentDir: string, now: Date): Problem[] {
  const names = new Map(entries.filter((e) => e.collection === 'team').map((e) => [e.id, e.data.name as string | undefined]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'metrics') continue;
    const data = entry.data as Partial<Metric>;
    // Definitions that failed their schema have empty data; their errors are reported already.
    if (!data.cadence || data.grace === undefined || data.source === undefined) continue;
    const latest = readMetricCsv(contentDir, entry.id).points.at(-1)?.date;
    const staleness = stalenessOf(latest, data.cadence, data.grace, isoDay(now));
    if (!staleness.stale) continue;
    const ownerName = data.owner ? names.get(data.owner) : undefined;
    const who = ownerName ? `${ownerName} (${data.owner})` : (data.owner ?? 'nobody');
    const pulled = typeof data.source === 'object';
    problems.push({
      severity: 'warning',
      file: entry.file,
      ...entry.locate(['source']),
      field: 'source',
      message: `stale data: ${stalenessText(staleness, english)}, newer data was due by ${staleness.dueBy}; owner: ${who}`,
      hint: pulled
        ? `run npm run metrics:pull -- --only ${entry.id} and read what it reports; raise grace: if the source publishes late`
        : `add the missing rows to content/metrics/${entry.id}.csv, or raise grace: if the data arrives late`,
    });
  }
  return problems;
}
