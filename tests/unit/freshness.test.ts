/** Ownership and freshness: when a page is due, overdue or due soon, and who owns it. */
import { describe, expect, it } from 'vitest';
import { describeDue, freshness, ownerOf, reviewQueue, type ReviewItem } from '../../src/lib/freshness.ts';
import { english } from '../../src/i18n/i18n.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = new Date('2026-11-25T09:30:00Z');

describe('freshness', () => {
  it('is due reviewEvery days after the last review', () => {
    expect(freshness(day('2026-03-01'), 30, now).due).toEqual(day('2026-03-31'));
    expect(freshness(day('2026-03-01'), 90, now).due).toEqual(day('2026-05-30'));
  });

  it('defaults to 180 days when reviewEvery is not given', () => {
    const f = freshness(day('2025-12-01'), undefined, now);
    expect(f.reviewEvery).toBe(180);
    expect(f.due).toEqual(day('2026-05-30'));
  });

  it('is overdue only the day after the due date, whatever the time of day', () => {
    expect(freshness(day('2026-05-29'), 180, now)).toMatchObject({ state: 'due-soon', daysOverdue: 0 });
    expect(freshness(day('2026-05-28'), 180, now)).toMatchObject({ state: 'overdue', daysOverdue: 1 });
    expect(freshness(day('2025-12-01'), 180, now)).toMatchObject({ state: 'overdue', daysOverdue: 179 });
  });

  it('is due soon within 30 days of the due date, fresh before that', () => {
    // Due 2026-12-25: 30 days ahead.
    expect(freshness(day('2026-06-28'), 180, now)).toMatchObject({ state: 'due-soon', daysOverdue: -30 });
    // Due 2026-12-26: 31 days ahead.
    expect(freshness(day('2026-06-29'), 180, now)).toMatchObject({ state: 'fresh', daysOverdue: -31 });
    expect(freshness(day('2026-11-20'), 180, now).state).toBe('fresh');
  });

  it('says how far off the due date is, from the build date', () => {
    expect(describeDue(freshness(day('2025-12-01'), 180, now), english.t)).toBe('overdue by 179 days');
    expect(describeDue(freshness(day('2026-05-28'), 180, now), english.t)).toBe('overdue by 1 day');
    expect(describeDue(freshness(day('2026-05-29'), 180, now), english.t)).toBe('due today');
    expect(describeDue(freshness(day('2026-06-28'), 180, now), english.t)).toBe('due in 30 days');
  });
});

describe('owners', () => {
  const reviewed = day('2026-01-01');
  it('are the existing person field of each collection', () => {
    expect(ownerOf('programs', { owners: ['ana', 'bo'], reviewed })).toBe('ana');
    expect(ownerOf('roadbook', { owner: 'cy', reviewed })).toBe('cy');
    expect(ownerOf('meetings', { host: 'di', reviewed })).toBe('di');
    expect(ownerOf('departments', { liaison: 'ed', reviewed })).toBe('ed');
  });
});

describe('the review queue', () => {
  const item = (id: string, reviewed: string, reviewEvery?: number): ReviewItem<null> => ({
    collection: 'programs', id, title: id.toUpperCase(), owner: 'ana', freshness: freshness(day(reviewed), reviewEvery, now), page: null,
  });

  it('lists overdue and due-soon pages, most overdue first, and leaves fresh pages out', () => {
    const queue = reviewQueue([
      item('fresh', '2026-11-01'),
      item('soon', '2026-06-20'),
      item('late', '2026-05-01'),
      item('very-late', '2025-12-01'),
      item('short-cycle', '2026-07-09', 90),
    ]);
    expect(queue.map((i) => [i.id, i.freshness.state, i.freshness.daysOverdue])).toEqual([
      ['very-late', 'overdue', 179],
      ['short-cycle', 'overdue', 49],
      ['late', 'overdue', 28],
      ['soon', 'due-soon', -22],
    ]);
  });

  it('orders pages due the same day by title, so the list is stable', () => {
    expect(reviewQueue([item('b', '2025-12-01'), item('a', '2025-12-01')]).map((i) => i.id)).toEqual(['a', 'b']);
  });
});
