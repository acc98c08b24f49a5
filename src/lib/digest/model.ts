/**
 * The monthly digest as plain data: what we did in a month, what comes next, how the
 * metrics moved, new roadbook material, updates, syncs and the people to thank.
 * `npm run digest` (from the checker's validated entries) and the `/digest/<month>/`
 * page (from `getWiki()`) both call `buildDigest`, so the e-mail and the site can
 * never show different numbers. Pure: plain arrays in, plain object out.
 */
import type { I18n } from '../../i18n/i18n.ts';
import type { Meeting } from '../../schemas/meetings.ts';
import type { Metric, Unit } from '../../schemas/metrics.ts';
import type { Recap } from '../../schemas/recaps.ts';
import { imageFileOf } from '../media/content-images.ts';
import { recordingsOf, type Recording } from '../media/recordings.ts';
import type { RoadbookChapter } from '../../schemas/roadbook.ts';
import type { Sync } from '../../schemas/syncs.ts';
import type { Update } from '../../schemas/updates.ts';
import type { DataPoint } from '../metrics/csv.ts';
import { healthLabel, type Health, type Target } from '../metrics/health.ts';
import { detailChart, metricView, type MetricView } from '../metrics/metric-view.ts';
import type { PeriodValue } from '../metrics/aggregate.ts';
import type { ChartSpec } from '../metrics/render-chart.ts';
import { relativeChange } from '../metrics/summary.ts';
import { nextOccurrences } from '../recurrence.ts';
import { paths } from '../urls.ts';
import { addMonths, dayOfDate, inMonth, monthOfDate } from './month.ts';

export interface Entry<T> {
  id: string;
  data: T;
  body?: string;
}

/**
 * A recap as the digest reads it. `audience` may be missing: a recap written ahead of
 * an event has no head count yet.
 */
export type DigestRecapData = Omit<Recap, 'audience'> & { audience?: number };

export interface DigestInput {
  recaps: readonly Entry<DigestRecapData>[];
  updates: readonly Entry<Update>[];
  syncs: readonly Entry<Sync>[];
  chapters: readonly Entry<RoadbookChapter>[];
  meetings: readonly Entry<Meeting>[];
  programs: readonly Entry<{ title: string }>[];
  team: readonly Entry<{ name: string }>[];
  departments: readonly Entry<{ name: string }>[];
  /** Every metric's definition and raw data points. */
  metrics: readonly { id: string; data: Metric; points: readonly DataPoint[] }[];
  /** `headlineMetrics` from content/site.yaml: these come first. */
  headlineMetrics?: readonly string[];
}

/** A link target: a site-relative path from `paths` (no base) and its text. */
export interface Ref {
  id: string;
  name: string;
  path: string;
}

export interface DigestRecap {
  id: string;
  title: string;
  path: string;
  eventName: string;
  /** `YYYY-MM-DD`. */
  start: string;
  end?: string;
  location: string;
  format: Recap['event']['format'];
  program?: Ref;
  /** Undefined when nobody has counted yet (an upcoming event). */
  audience?: number;
  speakers: Ref[];
  why: string;
  /** The cover photo (a file in content/images/) and what it shows: a small JPEG in the e-mail. */
  cover?: { file: string; alt: string };
  /** Recordings, as links: e-mail and newsletters play nothing. */
  recordings: Recording[];
}

export interface ProgramTotal {
  /** Undefined for events outside any program. */
  program?: Ref;
  events: number;
  audience: number;
}

export interface Totals {
  events: number;
  /** People reached: the sum of counted audiences. */
  audience: number;
  /** Events without a head count, left out of `audience`. */
  uncounted: number;
}

export interface DigestMeeting extends Ref {
  timezone: string;
  /** Dates in the meeting's own time zone. */
  dates: Array<{ localDate: string; localTime: string }>;
}

export interface DigestMetric extends Ref {
  unit: Unit;
  headline: boolean;
  direction: 'up' | 'down';
  /** The figure for the month (or the latest before it, for levels measured less often). */
  current?: PeriodValue;
  /** The figure for the month before. */
  previous?: PeriodValue;
  /** `current − previous`, when both exist. */
  change?: number;
  /** The change as a share of `previous`. */
  relative?: number;
  target?: Target;
  health: Health;
  healthLabel: string;
  /** The chart's one-sentence text alternative, as of the end of the month. */
  summary: string;
  /** The last 12 months up to the digest month, for the e-mail's PNG. Headline metrics only. */
  chart?: ChartSpec;
}

export interface DigestChapter extends Ref {
  order: number;
  summary: string;
  reviewed: string;
  owner?: Ref;
}

export interface DigestUpdate extends Ref {
  date: string;
  author?: Ref;
  programs: Ref[];
}

export interface DigestSync extends Ref {
  date: string;
  department: Ref;
  meeting: string;
  attendees: Ref[];
  takeaways: string[];
}

export interface ShoutOut extends Ref {
  /** Titles of the events they spoke at or staffed. */
  events: string[];
  /** Titles of the updates they wrote. */
  updates: string[];
}

export interface Digest {
  /** `YYYY-MM`. */
  month: string;
  /** `October 2026`. */
  label: string;
  /** The month before, whose figures the metrics compare with. */
  previousMonth: string;
  nextMonth: string;
  nextLabel: string;
  /** Site path of the digest's page. */
  path: string;
  /** True when nothing happened in the month: no recaps, updates, syncs or roadbook reviews. */
  empty: boolean;
  did: { recaps: DigestRecap[]; totals: Totals; byProgram: ProgramTotal[] };
  next: { meetings: DigestMeeting[]; events: DigestRecap[] };
  metrics: DigestMetric[];
  roadbook: DigestChapter[];
  updates: DigestUpdate[];
  syncs: DigestSync[];
  /** Everyone who spoke, staffed or wrote in the month, by name. */
  shoutOuts: ShoutOut[];
}

/** Months of the e-mail chart: a year is enough to see a trend and stays legible at 600 px. */
const chartMonths = 12;
/** E-mail column width minus padding; the PNG is drawn at twice this. */
export const emailChartSize = { width: 560, height: 240 } as const;

const byDateThenId = <E extends { date: string; id: string }>(a: E, b: E) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** Build the digest of `month` (`YYYY-MM`, already validated), its words in `i18n`'s language. */
export function buildDigest(input: DigestInput, month: string, i18n: I18n): Digest {
  const nextMonth = addMonths(month, 1);
  const names = <T extends { name?: string; title?: string }>(entries: readonly Entry<T>[], path: (id: string) => string) =>
    new Map(entries.map((e) => [e.id, { id: e.id, name: e.data.name ?? e.data.title ?? e.id, path: path(e.id) }]));
  const people = names(input.team, paths.person);
  const programs = names(input.programs, paths.program);
  const departments = names(input.departments, paths.department);
  // A reference the checker let through always resolves; the fallback keeps the id visible if not.
  const person = (id: string): Ref => people.get(id) ?? { id, name: id, path: paths.person(id) };
  const program = (id: string | undefined): Ref | undefined => (id ? programs.get(id) ?? { id, name: id, path: paths.program(id) } : undefined);

  const recapView = (r: Entry<DigestRecapData>): DigestRecap => ({
    id: r.id,
    title: r.data.title,
    path: paths.recap(r.id),
    eventName: r.data.event.name,
    start: dayOfDate(r.data.event.start),
    end: r.data.event.end ? dayOfDate(r.data.event.end) : undefined,
    location: r.data.event.location,
    format: r.data.event.format,
    program: program(r.data.program),
    audience: r.data.audience,
    speakers: r.data.speakers.map(person),
    why: r.data.why,
    ...(r.data.cover && imageFileOf(r.data.cover.src) ? { cover: { file: imageFileOf(r.data.cover.src)!, alt: r.data.cover.alt } } : {}),
    recordings: recordingsOf(r.body ?? '', r.data.links),
  });
  const byStart = (a: DigestRecap, b: DigestRecap) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id);

  const recaps = input.recaps.filter((r) => inMonth(r.data.event.start, month)).map(recapView).sort(byStart);
  const updates = input.updates
    .filter((u) => inMonth(u.data.date, month))
    .map((u): DigestUpdate => ({ id: u.id, name: u.data.title, path: paths.update(u.id), date: dayOfDate(u.data.date), author: person(u.data.author), programs: u.data.programs.flatMap((p) => program(p) ?? []) }))
    .sort(byDateThenId);
  const syncs = input.syncs
    .filter((s) => inMonth(s.data.date, month))
    .map((s): DigestSync => ({
      id: s.id,
      name: s.data.title,
      path: paths.sync(s.id),
      date: dayOfDate(s.data.date),
      department: departments.get(s.data.department) ?? { id: s.data.department, name: s.data.department, path: paths.department(s.data.department) },
      meeting: s.data.meeting,
      attendees: s.data.attendees.map(person),
      takeaways: [...s.data.takeaways],
    }))
    .sort(byDateThenId);
  const roadbook = input.chapters
    .filter((c) => inMonth(c.data.reviewed, month))
    .map((c): DigestChapter => ({ id: c.id, name: c.data.title, path: paths.roadbookChapter(c.id), order: c.data.order, summary: c.data.summary, reviewed: dayOfDate(c.data.reviewed), owner: person(c.data.owner) }))
    .sort((a, b) => a.order - b.order);

  return {
    month,
    label: i18n.f.month(month),
    previousMonth: addMonths(month, -1),
    nextMonth: addMonths(month, 1),
    path: paths.digest(month),
    nextLabel: i18n.f.month(addMonths(month, 1)),
    empty: recaps.length + updates.length + syncs.length + roadbook.length === 0,
    did: { recaps, totals: totalsOf(recaps), byProgram: byProgram(recaps) },
    next: {
      meetings: meetingDates(input.meetings, nextMonth),
      // "What's next": events starting in the following month.
      events: input.recaps.filter((r) => inMonth(r.data.event.start, nextMonth)).map(recapView).sort(byStart),
    },
    metrics: metricChanges(input.metrics, input.headlineMetrics ?? [], month, i18n),
    roadbook,
    updates,
    syncs,
    shoutOuts: shoutOuts(recaps, updates),
  };
}

/** Events, people reached and events without a count. */
export function totalsOf(recaps: readonly DigestRecap[]): Totals {
  return {
    events: recaps.length,
    audience: recaps.reduce((sum, r) => sum + (r.audience ?? 0), 0),
    uncounted: recaps.filter((r) => r.audience === undefined).length,
  };
}

/** Totals per program, most people reached first; events outside a program last. */
function byProgram(recaps: readonly DigestRecap[]): ProgramTotal[] {
  const groups = new Map<string, ProgramTotal>();
  for (const recap of recaps) {
    const key = recap.program?.id ?? '';
    const group = groups.get(key) ?? { program: recap.program, events: 0, audience: 0 };
    group.events++;
    group.audience += recap.audience ?? 0;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => Number(!a.program) - Number(!b.program) || b.audience - a.audience || (a.program?.name ?? '').localeCompare(b.program?.name ?? ''));
}

/** Every occurrence of each meeting whose local date (in its own zone) falls in `month`. */
function meetingDates(meetings: readonly Entry<Meeting>[], month: string): DigestMeeting[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  // Start half a day early: in UTC+14 the 1st begins on the last day of the previous month.
  const from = new Date(Date.UTC(y, m - 1, 1) - 14 * 3_600_000);
  return meetings
    .map((meeting): DigestMeeting => ({
      id: meeting.id,
      name: meeting.data.title,
      path: paths.meeting(meeting.id),
      timezone: meeting.data.recurrence.timezone,
      // A weekly meeting has at most five dates in a month; six covers the early start.
      dates: nextOccurrences(meeting.data.recurrence, from, 6)
        .filter((o) => o.localDate.startsWith(`${month}-`))
        .map((o) => ({ localDate: o.localDate, localTime: o.localTime })),
    }))
    .filter((m) => m.dates.length > 0)
    .sort((a, b) => a.dates[0]!.localDate.localeCompare(b.dates[0]!.localDate) || a.name.localeCompare(b.name));
}

/**
 * Each metric as it stood at the end of `month`: the metric view is rebuilt from the
 * points up to that month, seen from that month, so the figures, health and summary
 * are the ones the metric page showed then (same code, no second aggregation).
 */
function metricChanges(metrics: DigestInput['metrics'], headline: readonly string[], month: string, i18n: I18n): DigestMetric[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const endOfMonth = new Date(Date.UTC(y, m, 0));
  const rank = (id: string) => (headline.includes(id) ? headline.indexOf(id) : Infinity);
  return [...metrics]
    .sort((a, b) => rank(a.id) - rank(b.id) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title))
    .map((metric): DigestMetric => {
      const view = metricView(metric.id, metric.data, metric.points.filter((p) => p.date.slice(0, 7) <= month), endOfMonth, i18n);
      const current = view.monthly.at(-1);
      const previous = [...view.monthly].reverse().find((p) => p.period <= addMonths(month, -1));
      const isHeadline = headline.includes(metric.id);
      return {
        id: metric.id,
        name: metric.data.title,
        path: paths.metric(metric.id),
        unit: metric.data.unit,
        headline: isHeadline,
        direction: metric.data.direction,
        current,
        previous: previous && current && previous.period < current.period ? previous : undefined,
        change: current && previous && previous.period < current.period ? clean(current.value - previous.value) : undefined,
        relative: current && previous && previous.period < current.period ? relativeChange(previous.value, current.value) : undefined,
        target: view.target,
        health: view.health.health,
        healthLabel: healthLabel(view.health.health, i18n.t),
        summary: view.summary,
        chart: isHeadline && view.months.length > 1 ? detailChart(lastMonths(view, chartMonths), i18n, emailChartSize) : undefined,
      };
    });
}

/** Drop floating-point noise (4.3 − 4.2 = 0.0999…) so the figure reads as written. */
const clean = (n: number): number => Math.round(n * 1e9) / 1e9;

/** The view cut to its last `count` months, for a chart. */
function lastMonths(view: MetricView, count: number): MetricView {
  return {
    ...view,
    months: view.months.slice(-count),
    values: view.values.slice(-count),
    breakdown: view.breakdown.map((b) => ({ ...b, values: b.values.slice(-count) })),
  };
}

/** Speakers of the month's events and authors of its updates, most contributions first. */
function shoutOuts(recaps: readonly DigestRecap[], updates: readonly DigestUpdate[]): ShoutOut[] {
  const byPerson = new Map<string, ShoutOut>();
  const of = (ref: Ref) => {
    const existing = byPerson.get(ref.id) ?? { ...ref, events: [], updates: [] };
    byPerson.set(ref.id, existing);
    return existing;
  };
  for (const recap of recaps) for (const speaker of recap.speakers) of(speaker).events.push(recap.eventName);
  for (const update of updates) if (update.author) of(update.author).updates.push(update.name);
  return [...byPerson.values()].sort((a, b) => b.events.length + b.updates.length - (a.events.length + a.updates.length) || a.name.localeCompare(b.name));
}

/**
 * Months that have something to tell (recaps, updates, syncs, roadbook reviews),
 * newest first: one digest page each. Months after `now` are left out: a recap
 * written ahead of its event is news for the month it happens in, not a digest yet.
 */
export function digestMonths(input: Pick<DigestInput, 'recaps' | 'updates' | 'syncs' | 'chapters'>, now: Date): string[] {
  const months = new Set<string>([
    ...input.recaps.map((r) => monthOfDate(r.data.event.start)),
    ...input.updates.map((u) => monthOfDate(u.data.date)),
    ...input.syncs.map((s) => monthOfDate(s.data.date)),
    ...input.chapters.map((c) => monthOfDate(c.data.reviewed)),
  ]);
  const current = monthOfDate(now);
  return [...months].filter((month) => month <= current).sort().reverse();
}
