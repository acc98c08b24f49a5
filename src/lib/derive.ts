/**
 * Figures and relationships derived from content, never typed twice: a program's reach
 * comes from its recaps, a person's page from every entry naming them, the roadbook's
 * sequence from `order`. Pure functions over plain entries, generic so pages keep
 * Astro's entry types (and can still render bodies), and unit-tested without a build.
 */
import type { Meeting } from '../schemas/meetings.ts';
import type { Program } from '../schemas/programs.ts';
import type { Recap } from '../schemas/recaps.ts';
import type { RoadbookChapter } from '../schemas/roadbook.ts';
import type { Sync } from '../schemas/syncs.ts';
import type { Update } from '../schemas/updates.ts';
import { daysBetween } from './dates.ts';
import { freshness, type Freshness } from './freshness.ts';
import { readingMinutes } from './reading-time.ts';
import { isUpcoming } from './recaps/upcoming.ts';

export interface Entry<T> {
  id: string;
  data: T;
  body?: string;
}

/** Newest event first; ties broken by id so output is stable. */
export function sortRecaps<E extends Entry<Recap>>(recaps: readonly E[]): E[] {
  return [...recaps].sort((a, b) => b.data.event.start.getTime() - a.data.event.start.getTime() || a.id.localeCompare(b.id));
}

/** Newest first, for anything with a `date` (updates, syncs). */
export function sortByDateDesc<E extends Entry<{ date: Date }>>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

export interface Reach {
  /** Number of events recapped. */
  events: number;
  /** People reached: the sum of recap audiences. */
  audience: number;
  /** Date of the latest event, if any. */
  lastEvent?: Date;
}

/**
 * Events and audience summed over recaps; the one definition of "reach" used site-wide.
 * With `now`, events still ahead (recaps written in advance) are left out: they have
 * reached no one yet. A past event without an audience counts as an event with 0 people.
 */
export function reachOf(recaps: readonly Entry<Recap>[], now?: Date): Reach {
  let audience = 0;
  let lastEvent: Date | undefined;
  let events = 0;
  for (const recap of recaps) {
    if (now && isUpcoming(recap.data, now)) continue;
    events++;
    audience += recap.data.audience ?? 0;
    if (!lastEvent || recap.data.event.start > lastEvent) lastEvent = recap.data.event.start;
  }
  return { events, audience, lastEvent };
}

/** Recaps whose event started within the `days` before `now` (inclusive). */
export function recapsWithin<E extends Entry<Recap>>(recaps: readonly E[], now: Date, days: number): E[] {
  return recaps.filter((r) => {
    const age = daysBetween(r.data.event.start, now);
    return age >= 0 && age < days;
  });
}

/** Group values by a key, keeping each group's input order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K | readonly K[] | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const keys = key(item);
    if (keys === undefined) continue;
    for (const k of (Array.isArray(keys) ? keys : [keys]) as K[]) {
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}

/** Recaps grouped by event year, newest year first. */
export function recapsByYear<E extends Entry<Recap>>(recaps: readonly E[]): Array<{ year: number; recaps: E[] }> {
  const groups = groupBy(sortRecaps(recaps), (r) => r.data.event.start.getUTCFullYear());
  return [...groups].sort(([a], [b]) => b - a).map(([year, items]) => ({ year, recaps: items }));
}

/** Tags with their recaps, most used first, then alphabetical. */
export function tagIndex<E extends Entry<Recap>>(recaps: readonly E[]): Array<{ tag: string; recaps: E[] }> {
  const groups = groupBy(sortRecaps(recaps), (r) => r.data.tags);
  return [...groups]
    .map(([tag, items]) => ({ tag, recaps: items }))
    .sort((a, b) => b.recaps.length - a.recaps.length || a.tag.localeCompare(b.tag));
}

const statusRank: Record<Program['status'], number> = { active: 0, planned: 1, paused: 2, retired: 3 };

/** Active programs first, then planned, paused, retired; alphabetical within each. */
export function sortPrograms<E extends Entry<Program>>(programs: readonly E[]): E[] {
  return [...programs].sort((a, b) => statusRank[a.data.status] - statusRank[b.data.status] || a.data.title.localeCompare(b.data.title));
}

export interface ChapterView<E> {
  entry: E;
  /** 1-based position in the book. */
  position: number;
  minutes: number;
  previous?: E;
  next?: E;
  /** Review status against the build's "now" (src/lib/freshness.ts). */
  review: Freshness;
  /** The date the chapter is due for review again. */
  reviewDue: Date;
  /** True when `reviewDue` is before the build's "now". */
  overdue: boolean;
}

/** The roadbook in reading order, with neighbours, reading time and review status. */
export function roadbookSequence<E extends Entry<RoadbookChapter>>(chapters: readonly E[], now: Date): ChapterView<E>[] {
  const ordered = [...chapters].sort((a, b) => a.data.order - b.data.order);
  return ordered.map((entry, index) => {
    const review = freshness(entry.data.reviewed, entry.data.reviewEvery, now);
    return {
      entry,
      position: index + 1,
      minutes: entry.data.minutes ?? readingMinutes(entry.body ?? ''),
      previous: ordered[index - 1],
      next: ordered[index + 1],
      review,
      reviewDue: review.due,
      overdue: review.state === 'overdue',
    };
  });
}

/** Whether a meeting welcomes a department: open to everyone or listing it. */
export function isOpenTo(meeting: Meeting, departmentId: string): boolean {
  return meeting.openTo === 'everyone' || meeting.openTo.includes(departmentId);
}

export interface PersonLinks<P, R, M, C, U, S> {
  programs: P[];
  recaps: R[];
  meetings: M[];
  chapters: C[];
  updates: U[];
  syncs: S[];
}

/** Everything that names a person, for their page. */
export function linksForPerson<
  P extends Entry<Program>,
  R extends Entry<Recap>,
  M extends Entry<Meeting>,
  C extends Entry<RoadbookChapter>,
  U extends Entry<Update>,
  S extends Entry<Sync>,
>(
  personId: string,
  all: { programs: readonly P[]; recaps: readonly R[]; meetings: readonly M[]; chapters: readonly C[]; updates: readonly U[]; syncs: readonly S[] },
): PersonLinks<P, R, M, C, U, S> {
  return {
    programs: sortPrograms(all.programs.filter((p) => p.data.owners.includes(personId))),
    recaps: sortRecaps(all.recaps.filter((r) => r.data.speakers.includes(personId))),
    meetings: all.meetings.filter((m) => m.data.host === personId),
    chapters: [...all.chapters].filter((c) => c.data.owner === personId).sort((a, b) => a.data.order - b.data.order),
    updates: sortByDateDesc(all.updates.filter((u) => u.data.author === personId)),
    syncs: sortByDateDesc(all.syncs.filter((s) => s.data.attendees.includes(personId))),
  };
}
