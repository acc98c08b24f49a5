/**
 * The one writer of the CSV files the wiki publishes (a metric's data, downloadable from
 * its page). It writes the parsed, validated rows, never the file's bytes, so what a
 * reader opens in a spreadsheet is exactly what the chart shows, and every cell is
 * written for a spreadsheet to read as data:
 * - a cell a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, a
 *   tab or a carriage return: OWASP "CSV Injection") gets a leading `'`, which Excel,
 *   LibreOffice and Google Sheets show as text; numbers are written as numbers, so a
 *   negative value stays a number;
 * - a cell with a comma, quote or line break is quoted (RFC 4180), so no value adds a
 *   column or a row.
 */
import type { DataPoint } from './csv.ts';

const formulaStart = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A metric's points as `date,value[,series]` lines with CRLF line ends (RFC 4180). */
export function metricCsv(points: readonly DataPoint[], hasSeries: boolean): string {
  const header = hasSeries ? 'date,value,series' : 'date,value';
  const rows = points.map((point) => [point.date, point.value, ...(hasSeries ? [point.series ?? ''] : [])].map(csvCell).join(','));
  return [header, ...rows].join('\r\n') + '\r\n';
}
