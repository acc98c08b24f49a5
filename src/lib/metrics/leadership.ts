/**
 * The four questions a DevRel team should be able to answer for leadership, answered
 * from content rather than written by hand each quarter: overall value, what makes
 * programs succeed, how we work across departments, how we communicate. Pure: the
 * value page passes in what it has from `getWiki()`.
 */
import type { Program } from '../../schemas/programs.ts';
import type { Sync } from '../../schemas/syncs.ts';
import type { Update } from '../../schemas/updates.ts';
import { daysBetween } from '../dates.ts';
import type { Entry, Reach } from '../derive.ts';
import type { Health } from './health.ts';
import type { MetricView } from './metric-view.ts';

export interface LeadershipInput {
  now: Date;
  lastYear: Reach;
  metrics: readonly MetricView[];
  programs: readonly Entry<Program>[];
  /** Reach of a program over the last 365 days. */
  programReach: (programId: string) => Reach;
  departments: ReadonlyArray<{ id: string; name: string }>;
  syncs: readonly Entry<Sync>[];
  updates: readonly Entry<Update>[];
  meetings: number;
  recapsLastYear: number;
}

export interface LeadershipAnswers {
  value: { events: number; developers: number; health: Record<Health, number>; rising: MetricView[] };
  success: { outcomesMet: Array<{ program: string; programId: string; outcome: string }>; topPrograms: Array<{ id: string; title: string; reach: Reach }> };
  teamwork: { departments: Array<{ id: string; name: string; syncs: number; lastTakeaway?: string }>; followUpsDone: number; followUpsOpen: number };
  communication: { updates: number; recaps: number; meetings: number };
}

/** The first sentence of a takeaway: the executive view has room for one. */
const firstSentence = (text: string | undefined) => text?.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;

const withinYear = (date: Date, now: Date) => {
  const age = daysBetween(date, now);
  return age >= 0 && age < 365;
};

/** Answer the four questions from content, over the 365 days before `now`. */
export function leadershipAnswers(input: LeadershipInput): LeadershipAnswers {
  const health: Record<Health, number> = { 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'no-target': 0 };
  for (const metric of input.metrics) health[metric.health.health]++;
  // "Rising" means moving the good way over the year, the strongest first.
  const good = (m: MetricView) => (m.figures.yearChange ?? 0) * (m.data.direction === 'up' ? 1 : -1);
  const rising = input.metrics.filter((m) => good(m) > 0).sort((a, b) => good(b) - good(a)).slice(0, 3);

  const outcomesMet = input.programs.flatMap((p) =>
    p.data.outcomes.filter((o) => o.status === 'met').map((o) => ({ program: p.data.title, programId: p.id, outcome: o.outcome })),
  );
  const topPrograms = input.programs
    .map((p) => ({ id: p.id, title: p.data.title, reach: input.programReach(p.id) }))
    .filter((p) => p.reach.events > 0)
    .sort((a, b) => b.reach.audience - a.reach.audience)
    .slice(0, 3);

  const recentSyncs = input.syncs.filter((s) => withinYear(s.data.date, input.now));
  const followUps = recentSyncs.flatMap((s) => s.data.followUps);
  const departments = input.departments
    .map((d) => {
      const mine = recentSyncs.filter((s) => s.data.department === d.id).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
      return { id: d.id, name: d.name, syncs: mine.length, lastTakeaway: firstSentence(mine[0]?.data.takeaways[0]) };
    })
    .sort((a, b) => b.syncs - a.syncs || a.name.localeCompare(b.name));

  return {
    value: { events: input.lastYear.events, developers: input.lastYear.audience, health, rising },
    success: { outcomesMet, topPrograms },
    teamwork: { departments, followUpsDone: followUps.filter((f) => f.done).length, followUpsOpen: followUps.filter((f) => !f.done).length },
    communication: {
      updates: input.updates.filter((u) => withinYear(u.data.date, input.now)).length,
      recaps: input.recapsLastYear,
      meetings: input.meetings,
    },
  };
}
