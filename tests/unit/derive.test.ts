/**
 * Derived figures a reader sees on program, person, tag and roadbook pages:
 * reach summed from recaps, ordering, review status, who is linked to what.
 */
import { describe, expect, it } from 'vitest';
import {
  groupBy,
  isOpenTo,
  linksForPerson,
  reachOf,
  recapsByYear,
  recapsWithin,
  roadbookSequence,
  sortPrograms,
  sortRecaps,
  tagIndex,
} from '../../src/lib/derive.ts';
import { readingMinutes } from '../../src/lib/reading-time.ts';
import type { Recap } from '../../src/schemas/recaps.ts';
import type { RoadbookChapter } from '../../src/schemas/roadbook.ts';
import type { Program } from '../../src/schemas/programs.ts';
import type { Meeting } from '../../src/schemas/meetings.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function recap(id: string, start: string, audience: number, extra: Partial<Recap> = {}) {
  return {
    id,
    data: {
      title: id, audience, why: 'because', visibility: 'external', links: [], tags: [], speakers: [],
      event: { name: id, start: day(start), location: 'Berlin', format: 'in-person' },
      ...extra,
    } as Recap,
  };
}

function program(id: string, status: Program['status'], owners: string[] = []) {
  return { id, data: { title: id, status, owners } as unknown as Program };
}

describe('reach', () => {
  const recaps = [recap('a', '2026-01-10', 100), recap('b', '2026-06-01', 40), recap('c', '2025-03-01', 7)];

  it('sums audience and counts events, with the latest event date', () => {
    expect(reachOf(recaps)).toEqual({ events: 3, audience: 147, lastEvent: day('2026-06-01') });
  });

  it('is zero for a program without recaps', () => {
    expect(reachOf([])).toEqual({ events: 0, audience: 0, lastEvent: undefined });
  });

  it('counts only the events of the last N days, never future ones', () => {
    const now = day('2026-06-02');
    expect(recapsWithin(recaps, now, 365).map((r) => r.id)).toEqual(['a', 'b']);
    expect(recapsWithin([...recaps, recap('future', '2026-07-01', 5)], now, 365).map((r) => r.id)).not.toContain('future');
    expect(recapsWithin(recaps, now, 1).map((r) => r.id)).toEqual([]);
    expect(recapsWithin(recaps, day('2026-06-01'), 1).map((r) => r.id)).toEqual(['b']);
  });
});

describe('ordering and grouping', () => {
  it('lists recaps newest first, ties by id', () => {
    const sorted = sortRecaps([recap('b', '2026-01-01', 1), recap('c', '2026-05-01', 1), recap('a', '2026-01-01', 1)]);
    expect(sorted.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('groups recaps by year, newest year first', () => {
    const years = recapsByYear([recap('x', '2025-02-01', 1), recap('y', '2026-02-01', 1), recap('z', '2025-12-01', 1)]);
    expect(years.map((y) => [y.year, y.recaps.map((r) => r.id)])).toEqual([[2026, ['y']], [2025, ['z', 'x']]]);
  });

  it('indexes tags by use, then alphabetically', () => {
    const tags = tagIndex([
      recap('a', '2026-01-01', 1, { tags: ['python', 'meetup'] }),
      recap('b', '2026-02-01', 1, { tags: ['python'] }),
      recap('c', '2026-03-01', 1, { tags: ['berlin'] }),
    ]);
    expect(tags.map((t) => [t.tag, t.recaps.length])).toEqual([['python', 2], ['berlin', 1], ['meetup', 1]]);
  });

  it('shows active programs before planned, paused and retired', () => {
    const sorted = sortPrograms([program('z', 'retired'), program('b', 'paused'), program('a', 'active'), program('c', 'planned')]);
    expect(sorted.map((p) => p.id)).toEqual(['a', 'c', 'b', 'z']);
  });

  it('groups by several keys at once, skipping entries without one', () => {
    const groups = groupBy([{ k: ['a', 'b'] }, { k: undefined }, { k: ['a'] }], (x) => x.k);
    expect([...groups].map(([k, v]) => [k, v.length])).toEqual([['a', 2], ['b', 1]]);
  });
});

describe('the roadbook sequence', () => {
  const chapter = (id: string, order: number, reviewed: string, reviewEvery = 180, body = 'word '.repeat(440)) => ({
    id, body, data: { title: id, order, reviewed: day(reviewed), reviewEvery, owner: 'x', summary: 's' } as RoadbookChapter,
  });
  const book = roadbookSequence([chapter('c', 7, '2026-06-01'), chapter('a', 1, '2026-01-01', 30), chapter('b', 3, '2026-11-01')], day('2026-11-25'));

  it('reads in order with previous and next links', () => {
    expect(book.map((c) => [c.position, c.entry.id, c.previous?.id, c.next?.id])).toEqual([
      [1, 'a', undefined, 'b'], [2, 'b', 'a', 'c'], [3, 'c', 'b', undefined],
    ]);
  });

  it('marks a chapter overdue only after its review period', () => {
    expect(book.map((c) => c.overdue)).toEqual([true, false, false]);
    expect(book[0]!.reviewDue).toEqual(day('2026-01-31'));
  });

  it('computes reading time from the text unless the author gave one', () => {
    expect(book[0]!.minutes).toBe(2);
    expect(readingMinutes('```\n' + 'code '.repeat(1000) + '\n```\nShort.')).toBe(1);
  });
});

describe('links to people and departments', () => {
  it('finds everything a person owns, spoke at, hosts, keeps, wrote and attended', () => {
    const links = linksForPerson('ana', {
      programs: [program('p1', 'active', ['ana']), program('p2', 'active', ['bo'])],
      recaps: [recap('r1', '2026-01-01', 1, { speakers: ['bo', 'ana'] }), recap('r2', '2026-01-01', 1)],
      meetings: [{ id: 'm1', data: { host: 'ana' } as Meeting }],
      chapters: [{ id: 'c1', data: { owner: 'ana', order: 1 } as RoadbookChapter }],
      updates: [{ id: 'u1', data: { author: 'bo', date: day('2026-01-01'), title: 'u', programs: [] } }],
      syncs: [{ id: 's1', data: { attendees: ['ana'], date: day('2026-01-01') } as never }],
    });
    expect({
      programs: links.programs.map((p) => p.id), recaps: links.recaps.map((r) => r.id), meetings: links.meetings.map((m) => m.id),
      chapters: links.chapters.map((c) => c.id), updates: links.updates.map((u) => u.id), syncs: links.syncs.map((s) => s.id),
    }).toEqual({ programs: ['p1'], recaps: ['r1'], meetings: ['m1'], chapters: ['c1'], updates: [], syncs: ['s1'] });
  });

  it('knows which departments a meeting welcomes', () => {
    expect(isOpenTo({ openTo: 'everyone' } as Meeting, 'sales')).toBe(true);
    expect(isOpenTo({ openTo: ['engineering'] } as Meeting, 'sales')).toBe(false);
    expect(isOpenTo({ openTo: ['engineering', 'sales'] } as Meeting, 'sales')).toBe(true);
  });
});
