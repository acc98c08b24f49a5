/**
 * The one place pages get content from. Each collection is queried once per build
 * and every derived figure is computed once here (memoised), so a thousand recap
 * pages don't re-sort a thousand recaps each.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNow } from '../lib/now.ts';
import { contentDir } from '../lib/paths.ts';
import { loadMetrics } from '../lib/metrics/load.ts';
import { nextOccurrences, type Occurrence } from '../lib/recurrence.ts';
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

export interface MeetingView {
  entry: MeetingEntry;
  /** The next few occurrences after the build's "now". */
  upcoming: Occurrence[];
}

/** How many upcoming dates a meeting page lists. */
const upcomingCount = 6;

async function load() {
  const now = buildNow();
  const [team, departments, priorities, programs, recaps, chapters, meetings, updates, syncs] = await Promise.all([
    getCollection('team'),
    getCollection('departments'),
    getCollection('priorities'),
    getCollection('programs'),
    getCollection('recaps'),
    getCollection('roadbook'),
    getCollection('meetings'),
    getCollection('updates'),
    getCollection('syncs'),
  ]);
  const metrics = loadMetrics(await getCollection('metrics'), contentDir, now, recaps);

  const byId = <E extends { id: string }>(entries: E[]) => new Map(entries.map((e) => [e.id, e]));
  const sortedRecaps = sortRecaps(recaps);
  const sortedPrograms = sortPrograms(programs);
  const recapsOfProgram = groupBy(sortedRecaps, (r) => r.data.program);
  const recapsOfSpeaker = groupBy(sortedRecaps, (r) => r.data.speakers);
  const programsOfPriority = groupBy(sortedPrograms, (p) => p.data.priorities);
  const syncsOfDepartment = groupBy(sortByDateDesc(syncs), (s) => s.data.department);
  const updatesOfProgram = groupBy(sortByDateDesc(updates), (u) => u.data.programs);

  // Program cards on many pages show reach; summed once per program, not once per card.
  const reachOfProgram = new Map([...recapsOfProgram].map(([id, items]) => [id, reachOf(items)]));

  const meetingViews: MeetingView[] = meetings
    .map((entry) => ({ entry, upcoming: nextOccurrences(entry.data.recurrence, now, upcomingCount) }))
    .sort((a, b) => (a.upcoming[0]?.start.getTime() ?? Infinity) - (b.upcoming[0]?.start.getTime() ?? Infinity) || a.entry.data.title.localeCompare(b.entry.data.title));

  const roadbook = roadbookSequence(chapters, now);

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
    recaps: sortedRecaps,
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
    totals: reachOf(recaps),
    recapsOf: (programId: string): RecapEntry[] => recapsOfProgram.get(programId) ?? [],
    reachOf: (programId: string): Reach => reachOfProgram.get(programId) ?? reachOf([]),
    /** Recaps of events a person spoke at, newest first. */
    recapsBy: (personId: string): RecapEntry[] => recapsOfSpeaker.get(personId) ?? [],
    programsServing: (priorityId: string): ProgramEntry[] => programsOfPriority.get(priorityId) ?? [],
    updatesAbout: (programId: string): UpdateEntry[] => updatesOfProgram.get(programId) ?? [],
    syncsWith: (departmentId: string): SyncEntry[] => syncsOfDepartment.get(departmentId) ?? [],
    meetingsOpenTo: (departmentId: string): MeetingView[] => meetingViews.filter((m) => isOpenTo(m.entry.data, departmentId)),
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
