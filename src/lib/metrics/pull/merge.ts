/**
 * From what a source returned to the rows a CSV gains: aggregated to the metric's
 * cadence with the chart's own rules (aggregate.ts), one row per period and series,
 * dated the period's last day. Append-only: periods up to the latest one already in
 * the file are left alone, so pulling twice changes nothing, and a hand-typed row is
 * never overwritten. `since` is the one exception: it asks for every period from that
 * date on to be written again from the source (a backfill or a correction).
 */
import { bySeriesAndPeriod, type Aggregation } from '../aggregate.ts';
import { periodEnd, periodOf, type Cadence } from '../cadence.ts';
import type { DataPoint } from '../csv.ts';
import { SourceError } from '../sources/errors.ts';
import type { Fetched } from '../sources/types.ts';

export interface MergeInput {
  existing: readonly DataPoint[];
  /** Whether the CSV has a `series` column. */
  hasSeries: boolean;
  fetched: Fetched;
  aggregation: Aggregation;
  cadence: Cadence;
  /** `YYYY-MM-DD`: periods ending before it are complete. */
  today: string;
  /** `YYYY-MM-DD`: rewrite periods from this date on. */
  since?: string;
}

export interface Replacement {
  before: DataPoint[];
  after: DataPoint;
}

export interface MergeResult {
  added: DataPoint[];
  replaced: Replacement[];
  /** Every point after the merge, date order. */
  points: DataPoint[];
  hasSeries: boolean;
}

/** Values as a CSV shows them: scores to two decimals, float noise from sums dropped. */
export function roundValue(value: number, aggregation: Aggregation): number {
  const digits = aggregation === 'mean' ? 100 : 1_000_000;
  return Math.round(value * digits) / digits;
}

const key = (period: string, series: string | undefined) => `${period}\u0000${series ?? ''}`;

export function mergeObservations(input: MergeInput): MergeResult {
  const { existing, fetched, aggregation, cadence, today, since } = input;
  const periodOfDate = periodOf(cadence);
  const sourceHasSeries = fetched.observations.some((o) => o.series !== undefined);
  if (sourceHasSeries !== input.hasSeries && existing.length > 0) {
    throw new SourceError(
      sourceHasSeries ? 'the source returns a series column but the CSV has none' : 'the CSV has a series column but the source returns none',
      sourceHasSeries ? 'add ",series" to the CSV\'s header and a label to each existing row, or drop series from the query' : 'return a series column from the query, or remove the series column from the CSV',
    );
  }

  const existingByKey = new Map<string, DataPoint[]>();
  for (const point of existing) {
    const k = key(periodOfDate(point.date), point.series);
    existingByKey.set(k, [...(existingByKey.get(k) ?? []), point]);
  }
  const latestPeriod = existing.reduce<string | undefined>((latest, p) => {
    const period = periodOfDate(p.date);
    return latest && latest > period ? latest : period;
  }, undefined);
  const sincePeriod = since ? periodOfDate(since) : undefined;
  const currentPeriod = periodOfDate(today);

  const candidates: DataPoint[] = [];
  for (const [series, periods] of bySeriesAndPeriod(fetched.observations, aggregation, periodOfDate)) {
    for (const [period, value] of periods) {
      // History is written for complete periods only: a month half over would be
      // written half counted and, append-only, never corrected. A snapshot has no
      // past; it is the current period's value, dated the day it was read.
      if (fetched.kind === 'history' ? periodEnd(period, cadence) >= today : period !== currentPeriod) continue;
      const date = fetched.kind === 'history' ? periodEnd(period, cadence) : today;
      candidates.push({ date, value: roundValue(value, aggregation), ...(series !== '' ? { series } : {}) });
    }
  }

  const added: DataPoint[] = [];
  const replaced: Replacement[] = [];
  const dropped = new Set<string>();
  for (const candidate of candidates) {
    const period = periodOfDate(candidate.date);
    const k = key(period, candidate.series);
    const before = existingByKey.get(k);
    if (sincePeriod !== undefined && period >= sincePeriod) {
      if (!before) added.push(candidate);
      else if (!(before.length === 1 && before[0]!.date === candidate.date && before[0]!.value === candidate.value)) {
        replaced.push({ before, after: candidate });
        dropped.add(k);
      }
      continue;
    }
    if (before || (latestPeriod !== undefined && period <= latestPeriod)) continue;
    added.push(candidate);
  }

  const points = [
    ...existing.filter((p) => !dropped.has(key(periodOfDate(p.date), p.series))),
    ...added,
    ...replaced.map((r) => r.after),
  ];
  const byDate = (a: DataPoint, b: DataPoint) => a.date.localeCompare(b.date) || (a.series ?? '').localeCompare(b.series ?? '');
  added.sort(byDate);
  replaced.sort((a, b) => byDate(a.after, b.after));
  points.sort(byDate);
  return { added, replaced, points, hasSeries: input.hasSeries || (existing.length === 0 && sourceHasSeries) };
}
