/**
 * Loads every metric once per build (definition from the collection, points from
 * its CSV) and computes the series derived from recaps. `getWiki()` calls this;
 * pages only read the result.
 */
import type { I18n } from '../../i18n/i18n.ts';
import type { Metric } from '../../schemas/metrics.ts';
import type { Recap } from '../../schemas/recaps.ts';
import { reachOf, recapsWithin, type Entry, type Reach } from '../derive.ts';
import { splitUpcoming } from '../recaps/upcoming.ts';
import { addMonths, type PeriodValue } from './aggregate.ts';
import { readMetricCsv } from './data-files.ts';
import { engagementsPerMonth, eventsPerMonth, reachPerPerson, recapsOfProgram, type PersonReach } from './derived.ts';
import { metricView, type MetricView } from './metric-view.ts';

/** Months of history the derived engagement charts show. */
export const engagementMonths = 24;

export interface Engagement {
  /** Developers engaged per month, all programs, the last `engagementMonths` months. */
  perMonth: PeriodValue[];
  /** Events per month over the same months. */
  eventsPerMonth: PeriodValue[];
  /** Developers engaged per month for one program. */
  perMonthOf(programId: string): PeriodValue[];
  /** Events and audience in the last 91 days and 365 days. */
  lastQuarter: Reach;
  lastYear: Reach;
  /** Reach per team member over all recaps, most first. */
  perPerson: PersonReach[];
}

/** Build every metric view and the engagement figures. */
export function loadMetrics(
  entries: ReadonlyArray<{ id: string; data: Metric }>,
  contentDir: string,
  now: Date,
  allRecaps: readonly Entry<Recap>[],
  i18n: I18n,
): { views: MetricView[]; engagement: Engagement } {
  // Recaps written ahead of their event have reached no one yet.
  const recaps = splitUpcoming(allRecaps, now).past;
  const views = entries
    .map((entry) => metricView(entry.id, entry.data, readMetricCsv(contentDir, entry.id).points, now, i18n))
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  const last = now.toISOString().slice(0, 7);
  const first = addMonths(last, -(engagementMonths - 1));
  return {
    views,
    engagement: {
      perMonth: engagementsPerMonth(recaps, first, last),
      eventsPerMonth: eventsPerMonth(recaps, first, last),
      perMonthOf: (programId) => engagementsPerMonth(recapsOfProgram(recaps, programId), first, last),
      lastQuarter: reachOf(recapsWithin(recaps, now, 91)),
      lastYear: reachOf(recapsWithin(recaps, now, 365)),
      perPerson: reachPerPerson(recaps),
    },
  };
}
