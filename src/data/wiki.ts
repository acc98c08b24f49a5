/**
 * The one place pages get content from. Each collection is queried once per build
 * and every derived figure is computed once here (memoised), so a thousand recap
 * pages don't re-sort a thousand recaps each.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNow } from '../lib/now.ts';
import { freshness, ownerOf, reviewQueue, type ReviewedCollection, type ReviewItem } from '../lib/freshness.ts';
import { contentDir } from '../lib/paths.ts';
import { hasEntryFiles } from '../lib/collection-files.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { loadMetrics } from '../lib/metrics/load.ts';
import { nextOccurrences, type Occurrence } from '../lib/recurrence.ts';
import { buildDigest, digestMonths, type Digest, type DigestInput } from '../lib/digest/model.ts';
import { site } from './site.ts';
import { i18n } from '../i18n/index.ts';
import { splitUpcoming } from '../lib/recaps/upcoming.ts';
import { publishedRecaps } from '../lib/publication.ts';
import {
  groupBy,
  linksForPerson,
  reachOf,
  recapsByYear,
  roadbookSequence,
  sortByDateDesc,
  sortPrograms,
  sortRecaps,
  tagIndex,
  isOpenTo,
  type ChapterView,
  type Reach,
} from '../lib/derive.ts';

export type Person = CollectionEntry<'team'>;
export type DepartmentEntry = CollectionEntry<'departments'>;
export type PriorityEntry = CollectionEntry<'priorities'>;
export type ProgramEntry = CollectionEntry<'programs'>;
export type RecapEntry = CollectionEntry<'recaps'>;
export type ChapterEntry = CollectionEntry<'roadbook'>;
export type MeetingEntry = CollectionEntry<'meetings'>;
export type UpdateEntry = CollectionEntry<'updates'>;
export type SyncEntry = CollectionEntry<'syncs'>;
export type MetricEntry = CollectionEntry<'metrics'>;

/** Entries that carry an owner and a review date. */
export type ReviewedEntry = ProgramEntry | ChapterEntry | MeetingEntry | DepartmentEntry;

export interface MeetingView {
  entry: MeetingEntry;
  /** The next few occurrences after the build's "now". */
  upcoming: Occurrence[];
}

/** How many upcoming dates a meeting page lists. */
const upcomingCount = 6;

/** A collection's entries; an empty one is not queried, so Astro does not warn about it (see collection-files.ts). */
async function entriesOf<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
  return hasEntryFiles(contentDir, name) ? getCollection(name) : [];
}

async function load() {
  const now = buildNow();
  const [team, departments, priorities, programs, recaps, chapters, meetings, updates, syncs, metricEntries] = await Promise.all([
    entriesOf('team'),
    entriesOf('departments'),
    entriesOf('priorities'),
    entriesOf('programs'),
    // With `public: true`, internal recaps are left out here, before any page, list,
    // figure, feed, calendar or digest is derived from them (src/lib/publication.ts).
    entriesOf('recaps').then((all) => publishedRecaps(all, site)),
    entriesOf('roadbook'),
    entriesOf('meetings'),
    entriesOf('updates'),
    entriesOf('syncs'),
    entriesOf('metrics'),
  ]);
  const metrics = loadMetrics(metricEntries, contentDir, now, recaps, i18n);

  const byId = <E extends { id: string }>(entries: E[]) => new Map(entries.map((e) => [e.id, e]));
  const sortedRecaps = sortRecaps(recaps);
  // Recaps written ahead of their event: listed as upcoming, counted in no figure.
  const { upcoming: upcomingEvents, past: pastRecaps } = splitUpcoming(sortedRecaps, now);
  const sortedPrograms = sortPrograms(programs);
  const recapsOfProgram = groupBy(sortedRecaps, (r) => r.data.program);
  const recapsOfSpeaker = groupBy(sortedRecaps, (r) => r.data.speakers);
  const programsOfPriority = groupBy(sortedPrograms, (p) => p.data.priorities);
  const syncsOfDepartment = groupBy(sortByDateDesc(syncs), (s) => s.data.department);
  const updatesOfProgram = groupBy(sortByDateDesc(updates), (u) => u.data.programs);

  // Program cards on many pages show reach; summed once per program, not once per card.
  const reachOfProgram = new Map([...recapsOfProgram].map(([id, items]) => [id, reachOf(items, now)]));

  const meetingViews: MeetingView[] = meetings
    .map((entry) => ({ entry, upcoming: nextOccurrences(entry.data.recurrence, now, upcomingCount) }))
    .sort((a, b) => (a.upcoming[0]?.start.getTime() ?? Infinity) - (b.upcoming[0]?.start.getTime() ?? Infinity) || a.entry.data.title.localeCompare(b.entry.data.title));

  const roadbook = roadbookSequence(chapters, now);

  // The same builder as `npm run digest`, so page and e-mail show the same numbers.
  const digestInput: DigestInput = { recaps, updates, syncs, chapters, meetings, programs, team, departments, metrics: metrics.views, headlineMetrics: site.headlineMetrics };
  const digests = new Map<string, Digest>();
  // Ownership and freshness of the four kinds of page that must stay true.
  const reviewItem = (collection: ReviewedCollection, entry: ReviewedEntry, title: string): ReviewItem<ReviewedEntry> => ({
    collection, id: entry.id, title, owner: ownerOf(collection, entry.data), freshness: freshness(entry.data.reviewed, entry.data.reviewEvery, now), page: entry,
  });
  const reviewItems = [
    ...programs.map((e) => reviewItem('programs', e, e.data.title)),
    ...roadbook.map((c) => reviewItem('roadbook', c.entry, c.entry.data.title)),
    ...meetings.map((e) => reviewItem('meetings', e, e.data.title)),
    ...departments.map((e) => reviewItem('departments', e, e.data.name)),
  ];
  const reviewByKey = new Map(reviewItems.map((item) => [`${item.collection}/${item.id}`, item]));
  const metricFiles = new Map(metricEntries.map((e) => [e.id, e.filePath]));

  return {
    now,
    team: [...team].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    teamById: byId(team),
    departments: [...departments].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    departmentById: byId(departments),
    priorities: [...priorities].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
    priorityById: byId(priorities),
    programs: sortedPrograms,
    programById: byId(programs),
    /** Every recap, newest event first, upcoming events included (each has its page). */
    recaps: sortedRecaps,
    /** Recaps of events that have happened, newest first: what "latest recaps" lists show. */
    pastRecaps,
    /** Recaps written ahead of their event, soonest first. */
    upcomingEvents,
    recapById: byId(recaps),
    recapYears: recapsByYear(sortedRecaps),
    tags: tagIndex(sortedRecaps),
    roadbook,
    chapterById: new Map(roadbook.map((c) => [c.entry.id, c])),
    meetings: meetingViews,
    meetingById: new Map(meetingViews.map((m) => [m.entry.id, m])),
    updates: sortByDateDesc(updates),
    updateById: byId(updates),
    syncs: sortByDateDesc(syncs),
    syncById: byId(syncs),
    metrics: metrics.views,
    metricById: new Map(metrics.views.map((m) => [m.id, m])),
    metricsOf: (programId: string) => metrics.views.filter((m) => m.data.program === programId),
    metricsFor: (priorityId: string) => metrics.views.filter((m) => m.data.priority === priorityId),
    engagement: metrics.engagement,
    totals: reachOf(recaps, now),
    recapsOf: (programId: string): RecapEntry[] => recapsOfProgram.get(programId) ?? [],
    reachOf: (programId: string): Reach => reachOfProgram.get(programId) ?? reachOf([]),
    /** Recaps of events a person spoke at, newest first. */
    recapsBy: (personId: string): RecapEntry[] => recapsOfSpeaker.get(personId) ?? [],
    programsServing: (priorityId: string): ProgramEntry[] => programsOfPriority.get(priorityId) ?? [],
    updatesAbout: (programId: string): UpdateEntry[] => updatesOfProgram.get(programId) ?? [],
    syncsWith: (departmentId: string): SyncEntry[] => syncsOfDepartment.get(departmentId) ?? [],
    meetingsOpenTo: (departmentId: string): MeetingView[] => meetingViews.filter((m) => isOpenTo(m.entry.data, departmentId)),
    /** Months with something to tell, newest first: one digest page each. */
    digestMonths: digestMonths(digestInput, now),
    /** The monthly digest of `month` (`YYYY-MM`), built once. */
    digestOf: (month: string): Digest => {
      let digest = digests.get(month);
      if (!digest) digests.set(month, (digest = buildDigest(digestInput, month, i18n)));
      return digest;
    },
    /** Overdue and due-soon pages, most overdue first. */
    reviewQueue: reviewQueue(reviewItems),
    /** Owner and review status of a program, chapter, meeting or department page. */
    reviewOf: (collection: ReviewedCollection, id: string): ReviewItem<ReviewedEntry> => reviewByKey.get(`${collection}/${id}`)!,
    /** A metric definition's file, for its page's "Last updated" and edit link. */
    metricFile: (id: string): string | undefined => metricFiles.get(id),
    linksFor: (personId: string) =>
      linksForPerson(personId, { programs, recaps, meetings: meetingViews.map((m) => m.entry), chapters, updates, syncs }),
  };
}

export type Wiki = Awaited<ReturnType<typeof load>>;
export type { ChapterView, Reach };

let cached: Promise<Wiki> | undefined;

/** All content and derived data, loaded once per build. */
export function getWiki(): Promise<Wiki> {
  cached ??= load();
  return cached;
}
