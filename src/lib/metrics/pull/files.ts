/**
 * Writing what a pull found: the CSV's new rows and the definition's `pulled:` stamp.
 * Every write goes to a temporary file beside the target and is renamed over it, so
 * a pull that fails or is stopped halfway leaves each file as it was or as it should
 * be, never cut short. Appending keeps the file's own text as typed (comments of a
 * diff stay on the new lines only); a `--since` rewrite rewrites the rows in order.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, parseDocument } from 'yaml';
import type { DataPoint } from '../csv.ts';
import type { MergeResult } from './merge.ts';

/** Write `text` to `file` atomically: a temporary sibling (a dot-file, so checks skip a leftover), then rename. */
export function writeFileAtomic(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

const row = (point: DataPoint, hasSeries: boolean) => `${point.date},${point.value}${hasSeries ? `,${point.series ?? ''}` : ''}`;

/** The CSV's text after a merge: appended rows, or the whole file again when rows were replaced. */
export function csvText(original: string, merge: MergeResult): string {
  const header = merge.hasSeries ? 'date,value,series' : 'date,value';
  const body = original.replace(/^\uFEFF/, '').trim();
  if (merge.replaced.length === 0) {
    if (merge.added.length === 0) return original;
    const start = body === '' ? header : body;
    // A header-only file written before the source returned series gains the column.
    const head = merge.hasSeries && /^date\s*,\s*value\s*$/i.test(start) ? header : start;
    return `${head}\n${merge.added.map((p) => row(p, merge.hasSeries)).join('\n')}\n`;
  }
  return `${header}\n${merge.points.map((p) => row(p, merge.hasSeries)).join('\n')}\n`;
}

/**
 * The definition's text with `pulled: <day>` in its source block. A line edit, not a
 * YAML round trip, so the author's comments, quoting and order stay as written; a
 * source written inline (`source: {type: …}`) goes through the YAML document instead.
 */
export function stampPulled(yamlText: string, day: string): string {
  const lines = yamlText.split('\n');
  const start = lines.findIndex((l) => /^source:\s*(#.*)?$/.test(l));
  if (start >= 0) {
    let end = start + 1;
    let indent: string | undefined;
    for (; end < lines.length; end++) {
      const line = lines[end]!;
      if (line.trim() === '' || /^\s*#/.test(line)) continue;
      const lead = /^(\s*)/.exec(line)![1]!;
      if (lead === '') break;
      indent ??= lead;
      if (lead === indent && /^\s*pulled:/.test(line)) {
        lines[end] = `${indent}pulled: ${day}`;
        return lines.join('\n');
      }
    }
    if (indent !== undefined) {
      const typeLine = lines.findIndex((l, i) => i > start && i < end && l.startsWith(`${indent}type:`));
      lines.splice((typeLine >= 0 ? typeLine : start) + 1, 0, `${indent}pulled: ${day}`);
      return lines.join('\n');
    }
  }
  const doc = parseDocument(yamlText);
  const source = doc.get('source', true);
  if (isMap(source)) source.set('pulled', day);
  return doc.toString();
}
