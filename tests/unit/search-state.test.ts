import { describe, expect, it } from 'vitest';
import { describeCount, isActive, orderValues, pagefindFilters, readState, typeKeys, writeState } from '../../src/lib/search-state.ts';
import { createI18n, english } from '../../src/i18n/i18n.ts';

describe('search state in the URL', () => {
  it('round-trips the query and filters', () => {
    const state = readState('?q=kubecon&type=Recap&type=Update&year=2026&utm=x');
    expect(state).toEqual({ q: 'kubecon', filters: { type: ['Recap', 'Update'], program: [], year: ['2026'], tag: [] } });
    expect(writeState(state)).toBe('?q=kubecon&type=Recap&type=Update&year=2026');
    expect(readState(writeState(state))).toEqual(state);
  });

  it('keeps nothing for an empty search', () => {
    const state = readState('');
    expect(writeState(state)).toBe('');
    expect(isActive(state)).toBe(false);
    expect(isActive(readState('?tag=kubernetes'))).toBe(true);
  });

  it('encodes values with spaces and symbols', () => {
    const state = readState(writeState({ q: 'demo & trial', filters: { type: [], program: ['Conference and meetup circuit'], year: [], tag: [] } }));
    expect(state.q).toBe('demo & trial');
    expect(state.filters.program).toEqual(['Conference and meetup circuit']);
  });

  it('asks Pagefind for any value within a group and all groups together', () => {
    expect(pagefindFilters(readState('?type=Recap&type=Update&year=2026'))).toEqual({ type: { any: ['Recap', 'Update'] }, year: { any: ['2026'] } });
  });

  it('orders types as readers think of them, years newest first', () => {
    expect(orderValues('type', ['Person', 'Recap', 'Program'], typeKeys.map((key) => english.t(key)))).toEqual(['Program', 'Recap', 'Person']);
    expect(orderValues('year', ['2025', '2026'])).toEqual(['2026', '2025']);
    expect(orderValues('tag', ['python', 'conference'])).toEqual(['conference', 'python']);
  });

  it('describes the count for the live region', () => {
    expect(describeCount(1, readState('?q=kubecon'), english.t)).toBe('1 result for “kubecon”');
    expect(describeCount(3, readState('?q=kubecon&type=Recap'), english.t)).toBe('3 results for “kubecon” (filtered)');
    expect(describeCount(1200, readState('?q=kubecon'), createI18n('de').t)).toMatch(/^1\.200 /);
  });
});
