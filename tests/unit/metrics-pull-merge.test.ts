/**
 * The pure rules of a pull: observations aggregated to the metric's cadence with the
 * charts' own combining rules, append-only unless --since, complete periods only for
 * history, one row per period for snapshots; the CSV text and the pulled: stamp.
 */
import { describe, expect, it } from 'vitest';
import { csvText, stampPulled } from '../../src/lib/metrics/pull/files.ts';
import { mergeObservations, type MergeInput } from '../../src/lib/metrics/pull/merge.ts';
import { aggregateTotal } from '../../src/lib/metrics/aggregate.ts';

const base: Omit<MergeInput, 'fetched'> = { existing: [], hasSeries: false, aggregation: 'sum', cadence: 'monthly', today: '2026-11-25' };
const days = (from: string, n: number, value: number) => Array.from({ length: n }, (_, i) => ({ date: new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10), value }));

describe('merging pulled observations', () => {
  it('sums, takes the last or averages per period exactly as the charts do', () => {
    const observations = [...days('2026-09-29', 40, 2), { date: '2026-10-31', value: 9 }];
    for (const aggregation of ['sum', 'last', 'mean'] as const) {
      const { added } = mergeObservations({ ...base, aggregation, fetched: { kind: 'history', observations } });
      const chart = aggregateTotal(observations, aggregation).filter((p) => p.period <= '2026-10');
      expect(added.map((p) => [p.date.slice(0, 7), p.value])).toEqual(chart.map((p) => [p.period, Math.round(p.value * 100) / 100]));
    }
  });

  it('writes complete periods after the latest row only, dated the period\'s last day', () => {
    const fetched = { kind: 'history' as const, observations: days('2026-07-01', 147, 1) };
    const { added } = mergeObservations({ ...base, existing: [{ date: '2026-08-15', value: 99 }], fetched });
    expect(added).toEqual([{ date: '2026-09-30', value: 30 }, { date: '2026-10-31', value: 31 }]);
    const quarterly = mergeObservations({ ...base, cadence: 'quarterly', fetched });
    expect(quarterly.added).toEqual([{ date: '2026-09-30', value: 92 }]);
  });

  it('writes a snapshot once per period, dated the day it was read', () => {
    const fetched = { kind: 'snapshot' as const, observations: [{ date: '2026-11-25', value: 7 }] };
    expect(mergeObservations({ ...base, aggregation: 'last', fetched }).added).toEqual([{ date: '2026-11-25', value: 7 }]);
    expect(mergeObservations({ ...base, aggregation: 'last', existing: [{ date: '2026-11-02', value: 6 }], fetched }).added).toEqual([]);
    expect(mergeObservations({ ...base, aggregation: 'last', existing: [{ date: '2026-11-02', value: 6 }], fetched, since: '2026-11-01' }).replaced).toEqual([{ before: [{ date: '2026-11-02', value: 6 }], after: { date: '2026-11-25', value: 7 } }]);
  });

  it('refuses a series the CSV does not have, and the other way round', () => {
    const fetched = { kind: 'history' as const, observations: [{ date: '2026-10-01', value: 1, series: 'EMEA' }] };
    expect(() => mergeObservations({ ...base, existing: [{ date: '2026-09-30', value: 1 }], fetched })).toThrow('the source returns a series column but the CSV has none');
    expect(mergeObservations({ ...base, fetched }).hasSeries).toBe(true);
  });
});

describe('writing what a pull found', () => {
  it('appends rows to the file as typed, and rewrites it in order only for replacements', () => {
    const merge = { added: [{ date: '2026-10-31', value: 5 }], replaced: [], points: [], hasSeries: false };
    expect(csvText('date,value\n2026-09-30,4', merge)).toBe('date,value\n2026-09-30,4\n2026-10-31,5\n');
    expect(csvText('date,value\n', { ...merge, added: [{ date: '2026-10-31', value: 5, series: 'Live' }], hasSeries: true })).toBe('date,value,series\n2026-10-31,5,Live\n');
    expect(csvText('date,value\n2026-09-30,4\n', { ...merge, added: [] })).toBe('date,value\n2026-09-30,4\n');
  });

  it('stamps pulled: inside the source block, keeping comments and order', () => {
    const yaml = '# A metric\ntitle: T\nsource:\n  # where\n  type: github\n  repo: a/b\nowner: x\n';
    expect(stampPulled(yaml, '2026-12-07')).toBe('# A metric\ntitle: T\nsource:\n  # where\n  type: github\n  pulled: 2026-12-07\n  repo: a/b\nowner: x\n');
    expect(stampPulled(stampPulled(yaml, '2026-12-07'), '2026-12-14')).toBe('# A metric\ntitle: T\nsource:\n  # where\n  type: github\n  pulled: 2026-12-14\n  repo: a/b\nowner: x\n');
    expect(stampPulled('title: T\nsource: { type: npm, package: x }\n', '2026-12-07')).toBe('title: T\nsource: { type: npm, package: x, pulled: 2026-12-07 }\n');
  });
});
