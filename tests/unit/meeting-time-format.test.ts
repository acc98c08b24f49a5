/**
 * A meeting's time as its card shows it, at build time and in the reader's browser: the
 * date once, then the time range kept whole, in the site's language, the date written in
 * words as a date alone is (ICU falls back to digits for some languages' ranges).
 */
import { describe, expect, it } from 'vitest';
import { formatMeetingTime } from '../../src/lib/meeting-time-format.ts';

const start = new Date('2026-11-26T10:30:00Z');
const end = new Date('2026-11-26T11:15:00Z');
/** Intl writes no-break and narrow spaces; compared as plain spaces here. */
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');
const card = (zone: string, locale: string, to = end) => {
  const { date, range, after } = formatMeetingTime(start, to, zone, locale);
  return { date: plain(date), range: plain(range), after: plain(after) };
};

describe('a meeting time', () => {
  it('writes the date in words in Japanese and Chinese, as the date alone is, not as 2026/11/26', () => {
    expect(card('Asia/Tokyo', 'ja')).toEqual({ date: '2026年11月26日(木) ', range: '19時30分～20時15分(JST', after: ')' });
    // Chinese puts the zone between the date and the times: it stays there.
    expect(card('Europe/Berlin', 'zh-CN')).toEqual({ date: '2026年11月26日周四 CET ', range: '11:30–12:15', after: '' });
  });

  it("keeps each other language's own written form", () => {
    expect(card('Europe/Berlin', 'de')).toEqual({ date: 'Do., 26. Nov. 2026, ', range: '11:30–12:15 Uhr MEZ', after: '' });
    expect(card('America/New_York', 'en')).toEqual({ date: 'Thu, Nov 26, 2026, ', range: '5:30 – 6:15 AM EST', after: '' });
    expect(card('Asia/Dubai', 'ar').date).toBe('الخميس، 26 نوفمبر 2026، ');
    expect(card('Asia/Seoul', 'ko').date).toBe('2026년 11월 26일 (목) 오후 ');
  });

  it('shows both dates when a meeting runs past midnight, all of it free to wrap', () => {
    const late = card('Asia/Tokyo', 'en', new Date('2026-11-26T15:30:00Z'));
    expect(late.range).toBe('');
    expect(late.date + late.after).toMatch(/Nov 26, 2026.*Nov 27, 2026/);
  });
});
