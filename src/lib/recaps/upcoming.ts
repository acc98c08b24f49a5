/**
 * A recap can be written ahead of its event: until the event starts it is an
 * "upcoming event" (listed on the homepage, in `/events.ics`, in the digest) and it
 * counts in no reach or engagement figure. One definition, used everywhere.
 */
import type { Recap } from '../../schemas/recaps.ts';
import type { Entry } from '../derive.ts';

/**
 * True when the event starts after `now` (the build's "now", `buildNow()`).
 * Event dates are calendar days at UTC midnight, so an event starting today is no
 * longer upcoming: it is happening, and its recap is due.
 */
export function isUpcoming(recap: Pick<Recap, 'event'>, now: Date): boolean {
  return recap.event.start.getTime() > now.getTime();
}

/** Recaps split into events still ahead (soonest first) and events that happened (order kept). */
export function splitUpcoming<E extends Entry<Pick<Recap, 'event'>>>(recaps: readonly E[], now: Date): { upcoming: E[]; past: E[] } {
  const upcoming: E[] = [];
  const past: E[] = [];
  for (const recap of recaps) (isUpcoming(recap.data, now) ? upcoming : past).push(recap);
  upcoming.sort((a, b) => a.data.event.start.getTime() - b.data.event.start.getTime() || a.id.localeCompare(b.id));
  return { upcoming, past };
}
