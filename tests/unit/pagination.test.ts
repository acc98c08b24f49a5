/** Long lists split into pages: what a reader sees as "Showing 51–100 of 375" and the page links. */
import { describe, expect, it } from 'vitest';
import { pageParam, pageWindow, paginateList } from '../../src/lib/pagination.ts';
import { paths } from '../../src/lib/urls.ts';

describe('paginateList', () => {
  const items = Array.from({ length: 120 }, (_, i) => i + 1);

  it('splits a list into pages of the given size, the last one shorter', () => {
    const pages = paginateList(items, 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages.map((p) => [p.number, p.count, p.first, p.last, p.total])).toEqual([[1, 3, 1, 50, 120], [2, 3, 51, 100, 120], [3, 3, 101, 120, 120]]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('gives a list that fits one page exactly one page', () => {
    expect(paginateList(items.slice(0, 50), 50)).toHaveLength(1);
    expect(paginateList(items.slice(0, 51), 50)).toHaveLength(2);
  });

  it('gives an empty list one empty page, so its URL still exists', () => {
    expect(paginateList([], 50)).toEqual([{ number: 1, count: 1, items: [], total: 0, first: 0, last: 0 }]);
  });

  it('refuses a page size that is not a whole number ≥ 1', () => {
    expect(() => paginateList(items, 0)).toThrow(/page size/);
    expect(() => paginateList(items, 2.5)).toThrow(/page size/);
  });
});

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows first, last and the neighbours of the current page, with gaps', () => {
    expect(pageWindow(6, 12)).toEqual([1, 'gap', 5, 6, 7, 'gap', 12]);
    expect(pageWindow(1, 12)).toEqual([1, 2, 'gap', 12]);
    expect(pageWindow(12, 12)).toEqual([1, 'gap', 11, 12]);
  });

  it('never hides a single page behind a gap', () => {
    expect(pageWindow(4, 8)).toEqual([1, 2, 3, 4, 5, 'gap', 8]);
  });

  it('stays bounded however many pages there are', () => {
    expect(pageWindow(500, 1000).length).toBeLessThanOrEqual(7);
  });
});

describe('page URLs', () => {
  it('keep page 1 at the list URL and put later pages under page/<n>/', () => {
    expect(paths.recapYear(2024)).toBe('/recaps/2024/');
    expect(paths.recapYear(2024, 1)).toBe('/recaps/2024/');
    expect(paths.recapYear(2024, 3)).toBe('/recaps/2024/page/3/');
    expect(paths.tag('open source', 2)).toBe('/tags/open%20source/page/2/');
    expect(paths.updates(2)).toBe('/updates/page/2/');
    expect(paths.syncs(4)).toBe('/syncs/page/4/');
    expect(paths.programRecaps('hack-days', 2)).toBe('/programs/hack-days/recaps/page/2/');
    expect(paths.personRecaps('ana', 1)).toBe('/team/ana/recaps/');
  });

  it('match the params the [...page] routes generate', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(`/updates/${pageParam(5)}/`).toBe(paths.updates(5));
  });
});
