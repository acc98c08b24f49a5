/**
 * YAML reads ` #` as the start of a comment, so `name: Meetup Tokyo #1` keeps
 * "Meetup Tokyo" and silently drops "#1", and `chat: #devrel` is empty. Nobody is told,
 * and the page shows a different name than the author wrote. A comment written on
 * purpose has a space after `#` (`reviewEvery: 90 # days`); one glued to the text is
 * almost always part of the value, so it is a warning with the quoted form to write.
 */
import type { Problem } from './problem.ts';

/**
 * Lines of `text` (1-based, from `firstLine` to `lastLine`) whose value YAML cut at ` #`.
 * Lines inside a block scalar (`|` or `>`) are text, not YAML, and are skipped.
 */
export function swallowedComments(text: string, file: string, firstLine = 1, lastLine = Number.POSITIVE_INFINITY): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split(/\r?\n/);
  let blockIndent = -1;
  for (let index = firstLine - 1; index < Math.min(lines.length, lastLine); index++) {
    const line = lines[index]!;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (/:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(line)) {
      blockIndent = indent;
      continue;
    }
    if (!line.includes('#')) continue;
    const cut = readCut(line);
    if (!cut) continue;
    const { key, kept, dropped } = cut;
    // A lone number or a date before the comment is a value with a note, not a cut name.
    if (kept && /^[\d.:-]+$/.test(kept)) continue;
    const whole = kept ? `${kept} ${dropped}` : dropped;
    problems.push({
      severity: 'warning',
      file,
      line: index + 1,
      column: line.indexOf('#') + 1,
      ...(key ? { field: key } : {}),
      message: kept
        ? `YAML reads " ${dropped}" as a comment, so the value is "${kept}" and "${dropped}" is dropped`
        : `YAML reads "${dropped}" as a comment, so the value is empty`,
      hint: `put the value in quotes: ${key ? `${key}: ` : '- '}"${whole.replace(/"/g, '\\"')}"`,
    });
  }
  return problems;
}

/** The key, the value YAML keeps and the comment it drops, for a line whose plain value has a ` #word`. */
function readCut(line: string): { key?: string; kept: string; dropped: string } | undefined {
  const item = /^\s*((?:-[ \t]+)*)/.exec(line)!;
  const rest = line.slice(item[0].length);
  const pair = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/.exec(rest);
  // A line that is neither `key: value` nor a list item is not a value YAML could cut.
  if (!pair && !item[1]) return undefined;
  const key = pair?.[1];
  const value = pair ? (pair[2] ?? '') : rest;
  // Quoted, block, flow, anchor, alias and tagged values: YAML does not cut these at #.
  if (value === '' || /^['"|>{[&*!%@`]/.test(value)) return undefined;
  if (/^#\S/.test(value)) return { key, kept: '', dropped: value.trimEnd() };
  const at = /[ \t]#(\S)/.exec(value);
  if (!at) return undefined;
  return { key, kept: value.slice(0, at.index).trim(), dropped: value.slice(at.index).trim() };
}
