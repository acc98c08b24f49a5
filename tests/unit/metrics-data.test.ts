/**
 * Metric data: CSV errors with exact line and column, pairing of definitions and data
 * files, headline ids in site.yaml, aggregation per period, derived series from
 * recaps, health rules and summary sentences.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { parseMetricCsv } from '../../src/lib/metrics/csv.ts';
import { addMonths, aggregateBySeries, aggregateTotal, monthRange, quarterOf } from '../../src/lib/metrics/aggregate.ts';
import { engagementsPerMonth, eventsPerMonth, reachPerPerson, recapsOfProgram, totalWithin } from '../../src/lib/metrics/derived.ts';
import { healthOf } from '../../src/lib/metrics/health.ts';
import { figuresOf, summarySentence } from '../../src/lib/metrics/summary.ts';
import { createI18n, english } from '../../src/i18n/i18n.ts';
import type { Recap } from '../../src/schemas/recaps.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const file = 'content/metrics/forum-mau.csv';
const lines = (text: string) => parseMetricCsv(text, file).problems.map(formatProblem);

describe('parseMetricCsv', () => {
  it('reads date,value rows, sorted by date', () => {
    const parsed = parseMetricCsv('date,value\n2026-02-28,12\r\n2026-01-31, 10.5\n\n', file);
    expect(parsed.problems).toEqual([]);
    expect(parsed.hasSeries).toBe(false);
    expect(parsed.points).toEqual([{ date: '2026-01-31', value: 10.5 }, { date: '2026-02-28', value: 12 }]);
  });

  it('reads a series column, keeping the series in the order the file lists them', () => {
    const parsed = parseMetricCsv('date,value,series\n2026-02-28,5,Online\n2026-01-31,3,Online\n2026-01-31,4,EMEA\n2026-02-28,6,EMEA\n', file);
    expect(parsed.problems).toEqual([]);
    expect(parsed.points).toEqual([
      { date: '2026-01-31', value: 3, series: 'Online' }, { date: '2026-01-31', value: 4, series: 'EMEA' },
      { date: '2026-02-28', value: 5, series: 'Online' }, { date: '2026-02-28', value: 6, series: 'EMEA' },
    ]);
  });

  it('names line and column of a bad date, a non-number and a duplicate date', () => {
    expect(lines('date,value\n2026-01-31,10\n2026-02-30,11\n31/03/2026,12\n2026-04-30,1.2k\n2026-05-31,\n2026-01-31,13\n')).toEqual([
      'content/metrics/forum-mau.csv:3:1  date  "2026-02-30" is not a real calendar date  (write the date like 2026-03-31 (for monthly data, any day of the month; the last is conventional))',
      'content/metrics/forum-mau.csv:4:1  date  "31/03/2026" is not a date written YYYY-MM-DD  (write the date like 2026-03-31 (for monthly data, any day of the month; the last is conventional))',
      'content/metrics/forum-mau.csv:5:12  value  "1.2k" is not a number  (write a plain number like 4210 or 4.5: no units, percent signs or spaces)',
      'content/metrics/forum-mau.csv:6:12  value  the value is missing  (write a plain number like 4210 or 4.5: no units, percent signs or spaces)',
      'content/metrics/forum-mau.csv:7:1  date  2026-01-31 already has a value on line 2  (keep one row per date; delete or correct one of the two)',
    ]);
  });

  it('allows the same date in two series, not twice in one', () => {
    const problems = parseMetricCsv('date,value,series\n2026-01-31,1,EMEA\n2026-01-31,2,APAC\n2026-01-31,3,EMEA\n', file).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 4, column: 1, message: '2026-01-31 (series "EMEA") already has a value on line 2' });
  });

  it('points at a thousands separator and at a wrong header', () => {
    expect(parseMetricCsv('date,value\n2026-01-31,4,210\n', file).problems[0]).toMatchObject({ line: 2, column: 14, message: 'expected 2 values (date,value), found 3' });
    expect(parseMetricCsv('month,value\n2026-01-31,4\n', file).problems[0]).toMatchObject({ line: 1, column: 1, message: 'the header is "month,value", expected "date,value" or "date,value,series"' });
    expect(parseMetricCsv('date,amount\n', file).problems[0]).toMatchObject({ line: 1, column: 6 });
    expect(parseMetricCsv('', file).problems[0]).toMatchObject({ line: 1, column: 1, message: 'the data file is empty' });
  });
});

describe('metric files in checkContent', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function project(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(os.tmpdir(), 'metrics-check-'));
    roots.push(root);
    const content = path.join(root, 'content');
    cpSync(path.join(projectRoot, 'tests/fixtures/good-content'), content, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(content, name)), { recursive: true });
      writeFileSync(path.join(content, name), text);
    }
    return root;
  }
  const definition = 'title: Forum users\ndescription: People active on the forum.\nunit: users\nsource: Discourse admin export\nowner: maria-lopez\nprogram: ambassadors\npriority: self-serve-adoption\naggregation: last\ntarget:\n  value: 5000\n  by: 2027-06-30\n';
  const report = (root: string) => checkContent(path.join(root, 'content'), root).problems.map(formatProblem);

  it('accepts a valid definition with its data', () => {
    const root = project({ 'metrics/forum-users.yaml': definition, 'metrics/forum-users.csv': 'date,value\n2026-10-31,10\n' });
    expect(report(root)).toEqual([]);
  });

  it('reports a missing CSV, a CSV without definition, a bad reference and CSV errors', () => {
    const root = project({
      'metrics/forum-users.yaml': definition.replace('maria-lopez', 'maria-lopes'),
      'metrics/orphan.csv': 'date,value\n2026-01-31,x\n',
    });
    expect(report(root)).toEqual([
      'content/metrics/forum-users.yaml  metric "forum-users" has no data file  (add content/metrics/forum-users.csv starting with the line "date,value")',
      expect.stringMatching(/^content\/metrics\/forum-users\.yaml:5:1  owner  unknown team member "maria-lopes"/),
      expect.stringMatching(/^content\/metrics\/orphan\.csv  data file "orphan\.csv" has no definition/),
      expect.stringMatching(/^content\/metrics\/orphan\.csv:2:12  value  "x" is not a number/),
    ]);
  });

  it('checks headline metric ids in site.yaml, with a suggestion', () => {
    const root = project({
      'metrics/forum-users.yaml': definition,
      'metrics/forum-users.csv': 'date,value\n2026-10-31,10\n',
      'site.yaml': 'title: T\ntagline: T\ncompany: C\ncontact:\n  email: a@example.com\nheadlineMetrics:\n  - forum-user\n',
    });
    expect(report(root)).toEqual([
      'content/site.yaml:7:5  headlineMetrics[0]  unknown metric "forum-user": no file content/metrics/forum-user.yaml exists  (did you mean "forum-users"?)',
    ]);
  });
});

describe('aggregation per period', () => {
  const points = [
    { date: '2026-01-10', value: 2, series: 'EMEA' },
    { date: '2026-01-31', value: 4, series: 'EMEA' },
    { date: '2026-01-31', value: 10, series: 'APAC' },
    { date: '2026-02-28', value: 6, series: 'EMEA' },
  ];
  it('sums, takes the last value or averages within a month, then combines series', () => {
    expect(aggregateTotal(points, 'sum')).toEqual([{ period: '2026-01', value: 16 }, { period: '2026-02', value: 6 }]);
    expect(aggregateTotal(points, 'last')).toEqual([{ period: '2026-01', value: 14 }, { period: '2026-02', value: 6 }]);
    expect(aggregateTotal(points, 'mean')).toEqual([{ period: '2026-01', value: 6.5 }, { period: '2026-02', value: 6 }]);
  });
  it('aggregates by quarter and per series, the series in the order the data names them (a legend in CSV order)', () => {
    expect(aggregateTotal(points, 'sum', quarterOf)).toEqual([{ period: '2026-Q1', value: 22 }]);
    expect(aggregateBySeries(points, 'sum', ['2026-01', '2026-02'])).toEqual([
      { series: 'EMEA', values: [6, 6] },
      { series: 'APAC', values: [10, 0] },
    ]);
    const csv = parseMetricCsv('date,value,series\n2025-01-31,40,Online\n2025-05-31,52,Online\n2025-05-31,210,EMEA\n', file);
    expect(aggregateBySeries(csv.points, 'sum', ['2025-01', '2025-05']).map((s) => s.series)).toEqual(['Online', 'EMEA']);
  });
  it('counts months across years', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('derived series from recaps', () => {
  const recap = (id: string, start: string, audience: number, program: string, speakers: string[]) => ({
    id,
    data: { event: { start: new Date(`${start}T00:00:00Z`) }, audience, program, speakers } as unknown as Recap,
  });
  const recaps = [
    recap('a', '2026-01-05', 100, 'hack-days', ['ana', 'bo']),
    recap('b', '2026-01-20', 50, 'labs', ['ana']),
    recap('c', '2026-03-02', 30, 'hack-days', []),
  ];
  it('counts engagements and events per month, zeros included', () => {
    expect(engagementsPerMonth(recaps, '2026-01', '2026-03')).toEqual([
      { period: '2026-01', value: 150 }, { period: '2026-02', value: 0 }, { period: '2026-03', value: 30 },
    ]);
    expect(eventsPerMonth(recapsOfProgram(recaps, 'hack-days'), '2026-01', '2026-03').map((p) => p.value)).toEqual([1, 0, 1]);
    expect(totalWithin(engagementsPerMonth(recaps, '2026-01', '2026-03'), '2026-02', '2026-03')).toBe(30);
  });
  it('gives each speaker the full reach of their events', () => {
    expect(reachPerPerson(recaps)).toEqual([
      { person: 'ana', events: 2, audience: 150 },
      { person: 'bo', events: 1, audience: 100 },
    ]);
  });
});

describe('health', () => {
  const monthly = (values: number[]) => values.map((value, i) => ({ period: addMonths('2026-01', i), value }));
  const target = { value: 200, by: '2026-12-31' };
  it('is on track when the target is met or the pace reaches it', () => {
    expect(healthOf(monthly([100, 210]), target, 'up', '2026-03').health).toBe('on-track');
    // +10 a month from 150 in 2026-06: 210 by 2026-12.
    expect(healthOf(monthly([100, 110, 120, 130, 140, 150]), target, 'up', '2026-06')).toEqual({ health: 'on-track', projected: 210 });
  });
  it('is at risk within 10% of the target, off track beyond or after the date', () => {
    // +8 a month from 140: 188 by 2026-12 (6% short).
    expect(healthOf(monthly([100, 108, 116, 124, 132, 140]), target, 'up', '2026-06').health).toBe('at-risk');
    expect(healthOf(monthly([100, 100, 100, 100, 100, 100]), target, 'up', '2026-06').health).toBe('off-track');
    expect(healthOf(monthly([150]), { value: 200, by: '2025-12-31' }, 'up', '2026-02').health).toBe('off-track');
  });
  it('respects direction down and missing targets', () => {
    expect(healthOf(monthly([30, 20]), { value: 25, by: '2026-12-31' }, 'down', '2026-02').health).toBe('on-track');
    expect(healthOf(monthly([30]), undefined, 'up', '2026-02').health).toBe('no-target');
  });
});

describe('summary', () => {
  const monthly = Array.from({ length: 13 }, (_, i) => ({ period: addMonths('2025-10', i), value: 3050 + i * 96.7 }));
  it('says what changed in one sentence, with the target', () => {
    expect(summarySentence('Forum MAU', 'users', monthly.map((m) => ({ ...m, value: Math.round(m.value) })), { value: 5000, by: '2027-06-30' }, english))
      .toBe('Forum MAU rose 38% in the last 12 months to 4,210 users in October 2026, target 5,000 by Jun 2027.');
    expect(summarySentence('X', 'users', [{ period: '2026-01', value: 10 }, { period: '2026-02', value: 5 }], undefined, english)).toBe('X fell 50% since January 2026 to 5 users in February 2026.');
    expect(summarySentence('X', 'users', [], undefined, english)).toBe('X: no data yet.');
  });
  it('computes card figures', () => {
    const figures = figuresOf([{ period: '2026-01', value: 100 }, { period: '2026-02', value: 90 }]);
    expect(figures.change).toBeCloseTo(-0.1);
    expect(english.f.change(figures.change)).toBe('-10%');
    expect(createI18n('de').f.change(figures.change)).toBe('-10\u00a0%');
    expect(english.f.change(undefined)).toBeUndefined();
  });
});
