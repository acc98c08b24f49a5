/**
 * Checks specific to recaps, beyond their schema: `<Internal>` parts must be readable
 * (only `.mdx` recaps have the component; every tag must be closed) because the public
 * export relies on finding them, and a past event should say how many people came.
 */
import { isoDay } from '../dates.ts';
import { buildNow } from '../now.ts';
import { internalTag, internalTagsInMarkdown, MdxSyntaxError, findInternalParts } from '../recaps/internal.ts';
import type { Problem } from './problem.ts';
import type { ValidEntry } from './check-content.ts';

type RecapFile = Pick<ValidEntry, 'collection' | 'file' | 'body' | 'bodyLine' | 'data' | 'locate'>;

/** Problems in every recap of `entries`, and `<Internal>` written in other collections. */
export function checkRecaps(entries: readonly RecapFile[], now: Date = buildNow()): Problem[] {
  return entries.flatMap((entry) =>
    entry.collection === 'recaps' ? [...checkInternalParts(entry), ...checkAudience(entry, now)] : checkInternalElsewhere(entry),
  );
}

/** Only recap pages provide the component: elsewhere the build would stop at an undefined `Internal`. */
export function checkInternalElsewhere(entry: Pick<RecapFile, 'file' | 'body' | 'bodyLine'>): Problem[] {
  if (!/\.mdx?$/.test(entry.file) || !entry.body.includes(`<${internalTag}`)) return [];
  let lines: number[];
  try {
    lines = entry.file.endsWith('.mdx') ? findInternalParts(entry.body).map((p) => p.line) : internalTagsInMarkdown(entry.body).map((t) => t.line);
  } catch {
    return [];
  }
  return [...new Set(lines)].map((line) => ({
    severity: 'error' as const,
    file: entry.file,
    line: entry.bodyLine + line - 1,
    message: `<${internalTag}> only works in event recaps: this page is internal to the wiki as a whole`,
    hint: 'remove the tag and keep the text, or move what must not leave the company into a recap',
  }));
}

/** `<Internal>` in a `.md` file, unclosed or stray tags in a `.mdx` file. */
export function checkInternalParts(entry: Pick<RecapFile, 'file' | 'body' | 'bodyLine'>): Problem[] {
  const { file } = entry;
  // Most recaps have no internal part: skip parsing them (the benchmark checks thousands).
  if (!entry.body.includes(internalTag)) return [];
  const toFileLine = (bodyLine: number) => entry.bodyLine + bodyLine - 1;
  if (file.endsWith('.md')) {
    const seen = new Set<number>();
    return internalTagsInMarkdown(entry.body).flatMap(({ line, column }) => {
      if (seen.has(line)) return [];
      seen.add(line);
      return [{
        severity: 'error' as const,
        file,
        line: toFileLine(line),
        column,
        message: `<${internalTag}> only works in .mdx files: in this .md file its text would show unmarked on the wiki and could not be removed from the public export`,
        hint: `rename the file to ${file.replace(/^.*\//, '').replace(/\.md$/, '.mdx')}, then run npm run check again`,
      }];
    });
  }
  if (!file.endsWith('.mdx')) return [];
  try {
    findInternalParts(entry.body);
    return [];
  } catch (error) {
    if (!(error instanceof MdxSyntaxError) || !error.message.includes(internalTag)) return [];
    const stray = /closing tag/i.test(error.message) && /expected an open tag/i.test(error.message);
    return [{
      severity: 'error',
      file,
      line: toFileLine(error.line),
      column: error.column,
      message: stray
        ? `</${internalTag}> closes a part that was never opened`
        : `<${internalTag}> is not closed: the build cannot read the file and the export could not tell where the internal part ends`,
      hint: stray
        ? `add <${internalTag}> where the internal part starts, or remove the stray </${internalTag}>`
        : `add </${internalTag}> where the internal part ends. Within a sentence, open and close it in the same paragraph; around paragraphs or lists, put <${internalTag}> and </${internalTag}> on lines of their own`,
    }];
  }
}

/** A past event without `audience`: a warning, so content never breaks just because time passed. */
export function checkAudience(entry: Pick<RecapFile, 'file' | 'data' | 'locate'>, now: Date): Problem[] {
  const event = entry.data.event as { start?: Date; end?: Date } | undefined;
  if (!(event?.start instanceof Date) || entry.data.audience !== undefined) return [];
  const lastDay = event.end ?? event.start;
  // Only once the last day is over: during the event nobody has counted yet.
  if (isoDay(lastDay) >= isoDay(now)) return [];
  return [{
    severity: 'warning',
    file: entry.file,
    ...entry.locate(['event', 'start']),
    field: 'audience',
    message: `the event on ${isoDay(event.start)} has happened but the recap does not say how many people came, so it counts 0 in reach and engagement figures`,
    hint: 'add a line like "audience: 120" (attendees, booth visitors or live viewers, as counted)',
  }];
}
