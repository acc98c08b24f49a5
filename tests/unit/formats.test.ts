/**
 * Dates, times and numbers as readers of each language write them, from Intl (Node 24's
 * ICU, pinned in CI and .nvmrc; another ICU may differ in a detail). Machine formats
 * never come from here.
 */
import { describe, expect, it } from 'vitest';
import { createFormats } from '../../src/i18n/formats.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Intl writes no-break and narrow spaces ("+12\u202f%"); compared as plain spaces here. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f\u2009]/g, ' ');
const ja = createFormats('ja');
const de = createFormats('de');
const ar = createFormats('ar');
const pt = createFormats('pt-BR');
const en = createFormats('en');

describe('calendar dates', () => {
  it('write the day, month and year in the order and words of the locale', () => {
    expect(ja.date(day('2026-03-23'))).toBe('2026年3月23日');
    expect(de.date(day('2026-03-23'))).toBe('23. März 2026');
    expect(plain(pt.date(day('2026-03-23')))).toBe('23 de mar. de 2026');
    expect(ar.date(day('2026-03-23'))).toBe('23 مارس 2026');
    expect(en.date(day('2026-03-23'))).toBe('Mar 23, 2026');
  });

  it('are read in UTC, whatever the build machine\'s zone: a date never shifts a day', () => {
    expect(ja.date(day('2026-01-01'))).toBe('2026年1月1日');
    expect(en.date(day('2026-12-31'))).toBe('Dec 31, 2026');
  });

  it('write a span once, sharing what the two ends share', () => {
    expect(plain(de.dateRange(day('2026-03-23'), day('2026-03-26')))).toBe('23.–26. März 2026');
    expect(plain(de.dateRange(day('2026-03-30'), day('2026-04-02')))).toBe('30. März – 2. Apr. 2026');
    expect(plain(en.dateRange(day('2026-03-23'), day('2026-03-23')))).toBe('Mar 23, 2026');
    expect(ja.dateRange(day('2026-03-23'))).toBe('2026年3月23日');
  });

  it('write a span in Japanese and Chinese in words, as one date is, not in the digits ICU falls back to', () => {
    const zh = createFormats('zh-CN');
    expect(ja.dateRange(day('2026-03-23'), day('2026-03-25'))).toBe('2026年3月23日～25日');
    expect(ja.dateRange(day('2026-03-30'), day('2026-04-02'))).toBe('2026年3月30日～4月2日');
    expect(ja.dateRange(day('2026-12-30'), day('2027-01-02'))).toBe('2026年12月30日～2027年1月2日');
    expect(plain(zh.dateRange(day('2026-03-23'), day('2026-03-25')))).toBe('2026年3月23日 – 25日');
    expect(plain(zh.dateRange(day('2026-12-30'), day('2027-01-02')))).toBe('2026年12月30日 – 2027年1月2日');
    // Languages whose own ranges are in words keep them.
    expect(createFormats('ko').dateRange(day('2026-03-30'), day('2026-04-02'))).toBe('2026년 3월 30일~4월 2일');
    expect(plain(ar.dateRange(day('2026-03-23'), day('2026-03-25')))).toBe('23–25 مارس 2026');
  });

  it('name months and years without grouping the year', () => {
    expect(ja.month('2026-03')).toBe('2026年3月');
    expect(de.monthShort('2026-03')).toBe('März 2026');
    expect(pt.month('2026-03')).toBe('março de 2026');
    expect(de.year(2026)).toBe('2026');
    expect(ja.monthName('2026-10')).toBe('10月');
  });
});

describe('times', () => {
  it('write a wall-clock time with the locale\'s clock', () => {
    expect(de.time('16:00')).toBe('16:00');
    expect(plain(en.time('16:00'))).toBe('4:00 PM');
    expect(plain(ar.time('09:30'))).toBe('9:30 ص');
  });

  it('show an instant in the zone asked for, never in UTC by mistake', () => {
    // 15:00 UTC on a winter Tuesday is 16:00 in Berlin and 10:00 in New York.
    const start = new Date('2026-03-03T15:00:00Z');
    const end = new Date('2026-03-03T15:45:00Z');
    expect(de.inZone(start, end, 'Europe/Berlin')).toEqual({ date: 'Di., 3. März 2026', times: '16:00–16:45 Uhr', zone: 'MEZ' });
    expect(plain(en.inZone(start, end, 'America/New_York').times)).toBe('10:00 – 10:45 AM');
    expect(en.inZone(start, end, 'America/New_York').zone).toBe('EST');
    // Just after midnight in Tokyo it is already Wednesday there.
    expect(ja.inZone(new Date('2026-03-03T15:30:00Z'), new Date('2026-03-03T16:00:00Z'), 'Asia/Tokyo').date).toBe('2026年3月4日(水)');
  });

  it('name a zone as people of the locale do', () => {
    expect(ja.zoneName('Europe/Berlin', day('2026-03-03'))).toBe('中央ヨーロッパ時間');
    expect(de.zoneName('America/New_York', day('2026-03-03'))).toBe('Nordamerikanische Ostküstenzeit');
  });
});

describe('numbers', () => {
  it('group, separate decimals and sign as the locale does', () => {
    expect(de.number(6034)).toBe('6.034');
    expect(ja.number(4020)).toBe('4,020');
    expect(pt.value(4.35)).toBe('4,4');
    expect(plain(de.change(0.123))).toBe('+12 %');
    expect(ja.change(-0.031)).toBe('-3%');
    expect(plain(de.change(0))).toBe('0 %');
    expect(de.change(undefined)).toBeUndefined();
    expect(de.signed(210)).toBe('+210');
  });

  it('shorten large numbers the locale\'s way: thousands in German, 万 in Japanese', () => {
    expect(en.compact(42_000)).toBe('42K');
    expect(ja.compact(42_000)).toBe('4.2万');
    expect(plain(pt.compact(42_000))).toBe('42 mil');
  });

  it('write durations, lists and relative days in words of the locale', () => {
    expect(de.minutes(45)).toBe('45 Minuten');
    expect(ja.minutes(45)).toBe('45 分');
    expect(de.list(['Ana', 'Ben', 'Cleo'])).toBe('Ana, Ben und Cleo');
    expect(ja.list(['星野', '田中'])).toBe('星野、田中');
    expect(ar.list(['ليلى', 'سامي'])).toBe('ليلى وسامي');
    expect(de.relativeDays(-3)).toBe('vor 3 Tagen');
    expect(pt.relativeDays(1)).toBe('amanhã');
  });

  it('give a list\'s separators apart from its items, so links can sit between them', () => {
    expect(de.listParts(3)).toEqual([
      { type: 'element', index: 0 }, { type: 'literal', value: ', ' }, { type: 'element', index: 1 }, { type: 'literal', value: ' und ' }, { type: 'element', index: 2 },
    ]);
    expect(ja.listParts(1)).toEqual([{ type: 'element', index: 0 }]);
  });
});
