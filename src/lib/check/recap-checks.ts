/**
 * Checks specific to recaps, beyond their schema: a past event should say how many
 * people came. (`<Internal>` parts are checked with every other body, in body/.)
 */
import { isoDay } from '../dates.ts';
import { buildNow } from '../now.ts';
import type { Problem } from './problem.ts';
import type { ValidEntry } from './check-content.ts';

type RecapFile = Pick<ValidEntry, 'collection' | 'file' | 'body' | 'bodyLine' | 'data' | 'locate'>;

/** Problems in every recap of `entries`. */
export function checkRecaps(entries: readonly RecapFile[], now: Date = buildNow()): Problem[] {
  return entries.flatMap((entry) => (entry.collection === 'recaps' ? checkAudience(entry, now) : []));
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
