/**
 * Series computed from recaps, never typed twice: developer engagements (recap
 * `audience`) and events per month, overall or per program, and reach per person.
 * A recap counts in the month its event started. Callers pass recaps of events that
 * happened (see `splitUpcoming`); a missing audience counts as 0.
 */
import type { Recap } from '../../schemas/recaps.ts';
import type { Entry } from '../derive.ts';
import { monthRange, type PeriodValue } from './aggregate.ts';
import { isoMonth as monthOfDate } from '../dates.ts';

/** Sum `measure` over recaps per month, for every month from `first` to `last` (zeros included). */
function perMonth(recaps: readonly Entry<Recap>[], first: string, last: string, measure: (r: Recap) => number): PeriodValue[] {
  const sums = new Map<string, number>();
  for (const recap of recaps) {
    const month = monthOfDate(recap.data.event.start);
    sums.set(month, (sums.get(month) ?? 0) + measure(recap.data));
  }
  return monthRange(first, last).map((period) => ({ period, value: sums.get(period) ?? 0 }));
}

/** Developers engaged per month: the sum of recap audiences. */
export const engagementsPerMonth = (recaps: readonly Entry<Recap>[], first: string, last: string): PeriodValue[] =>
  perMonth(recaps, first, last, (r) => r.audience ?? 0);

/** Events per month: the number of recaps. */
export const eventsPerMonth = (recaps: readonly Entry<Recap>[], first: string, last: string): PeriodValue[] =>
  perMonth(recaps, first, last, () => 1);

/** Recaps of one program. */
export const recapsOfProgram = <E extends Entry<Recap>>(recaps: readonly E[], programId: string): E[] =>
  recaps.filter((r) => r.data.program === programId);

export interface PersonReach {
  person: string;
  events: number;
  audience: number;
}

/**
 * Reach per team member: events they spoke at or staffed and the audience of those
 * events. An event with two speakers counts fully for both: it is each person's reach,
 * not a share of a total.
 */
export function reachPerPerson(recaps: readonly Entry<Recap>[]): PersonReach[] {
  const byPerson = new Map<string, PersonReach>();
  for (const recap of recaps) {
    for (const person of new Set(recap.data.speakers)) {
      const reach = byPerson.get(person) ?? { person, events: 0, audience: 0 };
      reach.events++;
      reach.audience += recap.data.audience ?? 0;
      byPerson.set(person, reach);
    }
  }
  return [...byPerson.values()].sort((a, b) => b.audience - a.audience || a.person.localeCompare(b.person));
}

/** Sum of values whose period falls in `[first, last]`. */
export const totalWithin = (series: readonly PeriodValue[], first: string, last: string): number =>
  series.filter((p) => p.period >= first && p.period <= last).reduce((sum, p) => sum + p.value, 0);
