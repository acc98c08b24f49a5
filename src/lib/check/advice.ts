/**
 * Problems the schemas cannot express: placeholders left from `npm run new`
 * (errors: a "TODO" must never reach the published wiki), and optional fields whose
 * absence quietly costs something (warnings: they fail the check only with --strict).
 * Each message says what the reader of the wiki loses, so the author can judge.
 */
import { formatFieldPath, type Problem } from './problem.ts';
import type { ValidEntry } from './check-content.ts';
import type { Recap } from '../../schemas/recaps.ts';
import { isUpcoming } from '../recaps/upcoming.ts';

/** A value the author has not replaced yet: `TODO`, `TODO: …`. */
const placeholder = /^\s*TODO\b/;
/** A body line that is a placeholder, possibly as a list item, checklist item or quote. */
const bodyPlaceholder = /^\s*(?:(?:[-*+]|\d+\.)\s+(?:\[[ xX]\]\s+)?|>\s*)?TODO\b/;

/** Every problem advice finds, given the entries and the problems found so far. */
export function adviseOn(entries: readonly ValidEntry[], problems: readonly Problem[], now: Date): Problem[] {
  // A placeholder in a typed field (a number, an e-mail) already fails the schema on
  // that line; one problem per line is enough.
  const taken = new Set(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}`));
  const out: Problem[] = [];
  for (const entry of entries) {
    for (const problem of placeholders(entry)) {
      if (!taken.has(`${problem.file}:${problem.line}`)) out.push(problem);
    }
    out.push(...missingButUseful(entry, now));
  }
  return out;
}

function placeholders(entry: ValidEntry): Problem[] {
  const out: Problem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && placeholder.test(value)) {
      out.push({
        severity: 'error',
        file: entry.file,
        ...entry.locate(path),
        field: formatFieldPath(path),
        message: `still a placeholder: "${shorten(value)}"`,
        hint: 'replace the whole TODO text with the real value',
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(entry.raw, []);
  if (entry.bodyLine !== undefined) {
    let inCode = false;
    entry.body.split('\n').forEach((line, i) => {
      if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
      if (inCode || !bodyPlaceholder.test(line)) return;
      out.push({
        severity: 'error',
        file: entry.file,
        line: entry.bodyLine! + i,
        column: line.indexOf('TODO') + 1,
        // Not a frontmatter field, but naming where it is helps in the one-line format.
        field: 'body',
        message: `placeholder text left in the page: "${shorten(line.trim())}"`,
        hint: 'write the real text in its place, or delete the line',
      });
    });
  }
  return out;
}

/** Optional fields whose absence a reader of the wiki would notice. */
function missingButUseful(entry: ValidEntry, now: Date): Problem[] {
  const data = entry.data;
  // Entries that failed their schema have no parsed data; their errors come first.
  if (!data || Object.keys(data).length === 0) return [];
  const raw = entry.raw as Record<string, unknown>;
  const warn = (field: string, message: string, hint: string): Problem => ({
    severity: 'warning',
    file: entry.file,
    // A missing field has no line of its own: point at the first field of the file.
    ...entry.locate(field in raw ? [field] : Object.keys(raw).slice(0, 1)),
    field,
    message,
    hint,
  });
  const out: Problem[] = [];
  switch (entry.collection) {
    case 'team':
      if (!data.github) {
        out.push(warn('github', 'no GitHub handle: pull requests that change pages this person owns cannot be sent to them for review', 'add github: <handle>, without the @'));
      }
      break;
    case 'programs':
      if (!(data.priorities as unknown[]).length) {
        out.push(warn('priorities', 'serves no company priority: the executive view cannot show what this program is for', 'add priorities: with ids from content/priorities/'));
      }
      break;
    case 'recaps':
      // Before the event there is nothing to link to yet.
      if (!(data.links as unknown[]).length && !isUpcoming(data as Pick<Recap, 'event'>, now)) {
        out.push(warn('links', 'no links: readers cannot find the slides, recording or photos', 'add links: with "- label: Slides" and "url: https://…" items, if anything was published'));
      }
      if (data.visibility === 'external' && !(data.tags as unknown[]).length) {
        out.push(warn('tags', 'an external recap with no tags appears on no tag page, so people outside the team will not find it by topic', 'add tags: like [kubernetes, conference]'));
      }
      break;
  }
  return out;
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
