/**
 * Ownership and freshness of pages that must stay true (programs, roadbook chapters,
 * meetings, departments): who owns each, when it is due for review, and whether it is
 * overdue. One implementation for the page banner, the `/review/` list and the
 * `npm run check` warning. "Now" is always passed in (the build's `buildNow()`), so a
 * build pinned by SOURCE_DATE_EPOCH says the same thing whenever it runs.
 */
import type { Translate } from '../i18n/translate.ts';
import { defaultReviewEvery } from '../schemas/common.ts';
import { daysBetween } from './dates.ts';

/** Pages due within this many days are listed on `/review/` as "due soon". */
export const dueSoonDays = 30;

/** The collections whose pages carry an owner and a review date. */
export const reviewedCollections = ['programs', 'roadbook', 'meetings', 'departments'] as const;
export type ReviewedCollection = (typeof reviewedCollections)[number];

export function isReviewedCollection(name: string): name is ReviewedCollection {
  return (reviewedCollections as readonly string[]).includes(name);
}

/** fresh: not due for a while; due-soon: due within `dueSoonDays`; overdue: past its due date. */
export type FreshnessState = 'fresh' | 'due-soon' | 'overdue';

export interface Freshness {
  reviewed: Date;
  reviewEvery: number;
  /** The day the page is due for review again: `reviewed` + `reviewEvery` days. */
  due: Date;
  /** Whole days from `due` to now: positive when overdue, 0 on the due day, negative before. */
  daysOverdue: number;
  state: FreshnessState;
}

const dayMs = 86_400_000;

/**
 * Review status of one page. A page is overdue the day after its due date, so a page
 * reviewed on 1 March with `reviewEvery: 30` is still fine on 31 March.
 */
export function freshness(reviewed: Date, reviewEvery: number | undefined, now: Date): Freshness {
  const every = reviewEvery ?? defaultReviewEvery;
  const due = new Date(reviewed.getTime() + every * dayMs);
  const daysOverdue = daysBetween(due, now);
  const state: FreshnessState = daysOverdue > 0 ? 'overdue' : -daysOverdue <= dueSoonDays ? 'due-soon' : 'fresh';
  return { reviewed, reviewEvery: every, due, daysOverdue, state };
}

/** The minimal shape of the four collections' data, as far as ownership goes. */
export interface OwnedData {
  owners?: readonly string[];
  owner?: string;
  host?: string;
  liaison?: string;
  reviewed: Date;
  reviewEvery?: number;
}

/**
 * Everyone accountable for a page that must stay true, most responsible first: a
 * program's owners, a chapter's owner, a meeting's host, a department's liaison.
 * Existing fields, so nobody types an owner twice; CODEOWNERS uses the same list.
 */
export function pageOwners(collection: ReviewedCollection, data: Partial<OwnedData>): string[] {
  switch (collection) {
    case 'programs': return [...(data.owners ?? [])];
    case 'roadbook': return data.owner ? [data.owner] : [];
    case 'meetings': return data.host ? [data.host] : [];
    case 'departments': return data.liaison ? [data.liaison] : [];
  }
}

/** The team member who owns a page's review: the first of its owners. */
export function ownerOf(collection: ReviewedCollection, data: OwnedData): string | undefined {
  return pageOwners(collection, data)[0];
}

/** The `data` field that names the owner, for pointing authors at the right line. */
export const ownerField: Record<ReviewedCollection, string> = {
  programs: 'owners',
  roadbook: 'owner',
  meetings: 'host',
  departments: 'liaison',
};

export interface ReviewItem<P> {
  collection: ReviewedCollection;
  id: string;
  title: string;
  /** Team id of the owner. */
  owner: string | undefined;
  freshness: Freshness;
  /** Anything the caller needs to show the item (its page, its entry). */
  page: P;
}

/**
 * Pages that need attention: overdue and due soon, most overdue first, then by title
 * so the order never depends on how the content was loaded.
 */
export function reviewQueue<P>(items: readonly ReviewItem<P>[]): ReviewItem<P>[] {
  return items
    .filter((item) => item.freshness.state !== 'fresh')
    .sort((a, b) => b.freshness.daysOverdue - a.freshness.daysOverdue || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** "overdue by 12 days", "due today", "due in 3 days": relative to the build's now, not the reader's, in the words of `t`. */
export function describeDue(f: Freshness, t: Translate): string {
  const count = Math.abs(f.daysOverdue);
  if (f.daysOverdue > 0) return t('review.overdueBy', { count });
  if (f.daysOverdue === 0) return t('review.dueToday');
  return t('review.dueIn', { count });
}
