/** `buildNow`: the build's clock, pinned by SOURCE_DATE_EPOCH for reproducible sites. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildNow } from '../../src/lib/now.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('buildNow', () => {
  it('uses SOURCE_DATE_EPOCH seconds', () => {
    expect(buildNow({ SOURCE_DATE_EPOCH: '1764000000' }).toISOString()).toBe('2025-11-24T16:00:00.000Z');
    expect(buildNow({ SOURCE_DATE_EPOCH: '0' }).toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });

  it('gives the same instant for the same epoch, whatever the wall clock says', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = buildNow({ SOURCE_DATE_EPOCH: '1764000000' });
    vi.setSystemTime(new Date('2031-06-01T12:00:00Z'));
    expect(buildNow({ SOURCE_DATE_EPOCH: '1764000000' })).toEqual(first);
  });

  it('falls back to the current time when unset or empty', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-05-04T03:02:01Z'));
    expect(buildNow({}).toISOString()).toBe('2026-05-04T03:02:01.000Z');
    expect(buildNow({ SOURCE_DATE_EPOCH: '' }).toISOString()).toBe('2026-05-04T03:02:01.000Z');
  });

  it('reads process.env by default', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    try {
      expect(buildNow().toISOString()).toBe('2023-11-14T22:13:20.000Z');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('rejects garbage with a message saying what to write', () => {
    expect(() => buildNow({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrowErrorMatchingInlineSnapshot(`[Error: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (like 1764000000), got "yesterday"]`);
  });

  it.each([
    ['milliseconds with a decimal point', '1764000000.5'],
    ['a negative number', '-1'],
    ['an ISO date', '2026-01-01'],
    ['a unit suffix', '1764000000s'],
    ['surrounding spaces', ' 1764000000'],
    ['a number too large for a date', '99999999999999999999'],
  ])('rejects %s', (_, value) => {
    expect(() => buildNow({ SOURCE_DATE_EPOCH: value })).toThrow(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (like 1764000000), got "${value}"`,
    );
  });

  it('accepts the largest epoch a date can hold', () => {
    // 8.64e15 ms is the last valid Date: 275760-09-13.
    expect(buildNow({ SOURCE_DATE_EPOCH: '8640000000000' }).toISOString()).toBe('+275760-09-13T00:00:00.000Z');
  });
});
