/**
 * `npm run check` warnings for pages past their review date, pointing at the
 * `reviewed` line and naming the owner, so a reviewer on the pull request sees who
 * should look and what to change. Warnings, not errors: a stale page is still a page.
 */
import { isoDay } from '../dates.ts';
import { english } from '../../i18n/i18n.ts';
import { describeDue, freshness, isReviewedCollection, ownerField, ownerOf, type OwnedData } from '../freshness.ts';
import type { Problem } from './problem.ts';
import type { ValidEntry } from './check-content.ts';

export function checkReviewDue(entries: readonly ValidEntry[], now: Date): Problem[] {
  const names = new Map(entries.filter((e) => e.collection === 'team').map((e) => [e.id, e.data.name as string | undefined]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!isReviewedCollection(entry.collection)) continue;
    const data = entry.data as Partial<OwnedData>;
    // Entries that failed their schema have empty data; their errors are reported already.
    if (!(data.reviewed instanceof Date)) continue;
    const review = freshness(data.reviewed, data.reviewEvery, now);
    if (review.state !== 'overdue') continue;
    const owner = ownerOf(entry.collection, data as OwnedData);
    const ownerName = owner ? names.get(owner) : undefined;
    const who = owner ? (ownerName ? `${ownerName} (${owner})` : owner) : `nobody: set ${ownerField[entry.collection]}`;
    problems.push({
      severity: 'warning',
      file: entry.file,
      ...entry.locate(['reviewed']),
      field: 'reviewed',
      message: `due for review since ${isoDay(review.due)} (${describeDue(review, english.t)}); owner: ${who}`,
      hint: `the owner reads the page, fixes what is no longer true, then sets reviewed: ${isoDay(now)};` +
        ` it is due every ${review.reviewEvery} days, change reviewEvery if that is too often`,
    });
  }
  return problems;
}
