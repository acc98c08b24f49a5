/**
 * Reads a metric's data file, `content/metrics/<id>.csv`: a header `date,value` (or
 * `date,value,series` for a breakdown by region, channel...), then one row per data
 * point. Every mistake comes back as a `Problem` with the line and column of the
 * offending cell, like schema errors in YAML files, so authors fix CSVs the same way.
 * Deliberately no quoting: values are dates, plain numbers and short labels, and a
 * quoted "1,234" is exactly the mistake worth reporting.
 */
import type { Problem } from '../check/problem.ts';
import { firstLongLine } from '../check/limits.ts';

/** One row of a metric's data. */
export interface DataPoint {
  /** `YYYY-MM-DD` as written (validated). */
  date: string;
  value: number;
  /** Breakdown label, when the file has a `series` column. */
  series?: string;
}

export interface ParsedCsv {
  points: DataPoint[];
  /** True when the file has a `series` column. */
  hasSeries: boolean;
  problems: Problem[];
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Longest row the data file may have: a date, a number and a series label fit in a tenth of it. */
const maxCsvLineLength = 1000;
/** C0 and C1 control characters and DEL (a single character class: no backtracking). */
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;
/** Plain decimal numbers: no thousands separators, units or percent signs. */
const numberPattern = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

interface Cell {
  text: string;
  /** 1-based column of the cell's first character. */
  column: number;
}

function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (const raw of line.split(',')) {
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), column: start + lead + 1 });
    start += raw.length + 1;
  }
  return cells;
}

/**
 * Parse and validate one CSV file's text. `file` is the path shown in problems.
 * Rows with problems are left out of `points`; everything else is kept, so one typo
 * does not hide the rest of a chart while the author fixes it.
 */
export function parseMetricCsv(text: string, file: string): ParsedCsv {
  const problems: Problem[] = [];
  const points: DataPoint[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const error = (line: number, column: number, field: string | undefined, message: string, hint: string) =>
    problems.push({ severity: 'error', file, line, column, field, message, hint });

  // No row of date, value and label is long; a line of a million commas is an attack on the splitter.
  const long = firstLongLine(text, maxCsvLineLength);
  if (long) {
    error(long.line, maxCsvLineLength + 1, undefined, `line ${long.line} is ${long.length.toLocaleString('en-US')} characters long, over the ${maxCsvLineLength} a row of date, value and series needs`, 'keep one "YYYY-MM-DD,number[,label]" row per line');
    return { points, hasSeries: false, problems };
  }
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) {
    error(1, 1, undefined, 'the data file is empty', 'start it with the header line "date,value", then one "YYYY-MM-DD,number" line per data point');
    return { points, hasSeries: false, problems };
  }
  const header = splitCells(lines[headerIndex]!);
  const names = header.map((c) => c.text.toLowerCase());
  const expected = names.length >= 3 ? ['date', 'value', 'series'] : ['date', 'value'];
  const wrong = expected.findIndex((name, i) => names[i] !== name);
  if (wrong >= 0 || names.length > 3) {
    const at = wrong >= 0 ? Math.min(wrong, header.length - 1) : 3;
    error(headerIndex + 1, header[at]?.column ?? 1, undefined,
      `the header is "${lines[headerIndex]!.trim()}", expected "date,value" or "date,value,series"`,
      'make the first line exactly "date,value" (add ",series" for a breakdown by region, channel...)');
    return { points, hasSeries: false, problems };
  }
  const hasSeries = names.length === 3;

  /** First line of each date (and series), to point duplicates at the original. */
  const seen = new Map<string, number>();
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const lineText = lines[i]!;
    if (lineText.trim() === '') continue;
    const line = i + 1;
    const cells = splitCells(lineText);
    if (cells.length !== expected.length) {
      const extra = cells[expected.length];
      error(line, extra?.column ?? lineText.length + 1, undefined,
        `expected ${expected.length} values (${expected.join(',')}), found ${cells.length}`,
        cells.length > expected.length
          ? 'write numbers without thousands separators (4210, not 4,210) and labels without commas'
          : `add the missing ${expected.slice(cells.length).join(' and ')}`);
      continue;
    }
    const [date, value, series] = cells as [Cell, Cell, Cell | undefined];
    let ok = true;
    if (!isCalendarDate(date.text)) {
      ok = false;
      error(line, date.column, 'date',
        datePattern.test(date.text) ? `"${date.text}" is not a real calendar date` : `"${date.text}" is not a date written YYYY-MM-DD`,
        'write the date like 2026-03-31 (for monthly data, any day of the month; the last is conventional)');
    }
    if (!numberPattern.test(value.text)) {
      ok = false;
      error(line, value.column, 'value', value.text ? `"${value.text}" is not a number` : 'the value is missing',
        'write a plain number like 4210 or 4.5: no units, percent signs or spaces');
    }
    if (series && series.text === '') {
      ok = false;
      error(line, series.column, 'series', 'the series label is missing', 'name the breakdown, like "EMEA", or remove the series column from the whole file');
    } else if (series && controlCharacter.test(series.text)) {
      // A label is shown in charts, tables, the CSV download and the digest: an invisible
      // character would add a line or a command to some of them.
      ok = false;
      error(line, series.column, 'series', 'the series label contains a control character (an invisible character such as a tab or an escape)', 'retype the label with letters, digits, spaces and punctuation only');
    }
    if (!ok) continue;
    const key = `${date.text}\u0000${series?.text ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      error(line, date.column, 'date',
        `${date.text}${series ? ` (series "${series.text}")` : ''} already has a value on line ${first}`,
        'keep one row per date; delete or correct one of the two');
      continue;
    }
    seen.set(key, line);
    points.push({ date: date.text, value: Number(value.text), ...(series ? { series: series.text } : {}) });
  }
  // Oldest first; on one date, series in the order the file first lists them, which is the
  // order of a chart's stack and legend (the author's order, not the alphabet's).
  const rank = new Map<string, number>();
  for (const point of points) if (!rank.has(point.series ?? '')) rank.set(point.series ?? '', rank.size);
  points.sort((a, b) => a.date.localeCompare(b.date) || rank.get(a.series ?? '')! - rank.get(b.series ?? '')!);
  return { points, hasSeries, problems };
}
