/**
 * Reading time for text in any script (src/lib/reading-time.ts): words where words are
 * spaced, characters for Chinese and Japanese, and each part of mixed text at its own rate.
 */
import { describe, expect, it } from 'vitest';
import { measureText, readingMinutes } from '../../src/lib/reading-time.ts';

/** `sentence` repeated until the text has about `characters` characters. */
const about = (sentence: string, characters: number) => sentence.repeat(Math.ceil(characters / sentence.length));

const japanese = '新しいメンバーは最初の週にチームのページを読み、担当者と話して、開発者コミュニティの雰囲気を知ります。';
const chinese = '新成员在第一周阅读团队页面，与负责人交谈，并了解开发者社区的氛围和我们的工作方式。';

describe('readingMinutes', () => {
  it('reads Japanese by the character: a 3,900-character chapter takes about 8 minutes, not 1', () => {
    const chapter = about(japanese, 3900);
    expect(measureText(chapter).cjkCharacters).toBeGreaterThanOrEqual(3900);
    expect(measureText(chapter).words).toBe(0);
    expect(readingMinutes(chapter)).toBe(8);
    expect(readingMinutes(about(japanese, 1000))).toBe(2);
  });

  it('reads Chinese by the character, more slowly than Japanese: each character says more', () => {
    expect(readingMinutes(about(chinese, 3300))).toBe(10);
    expect(readingMinutes(about(chinese, 3300))).toBeGreaterThan(readingMinutes(about(japanese, 3300)));
  });

  it('reads Korean by its spaced words', () => {
    const korean = '새 멤버는 첫 주에 팀 페이지를 읽고 담당자와 이야기하며 개발자 커뮤니티의 분위기를 알아갑니다 ';
    expect(measureText(korean).words).toBe(13);
    expect(readingMinutes(korean.repeat(100))).toBe(6);
  });

  it('reads Arabic words more slowly than English ones: each carries more', () => {
    const arabic = 'يقرأ الأعضاء الجدد صفحة الفريق في الأسبوع الأول ويتحدثون مع المسؤول ';
    expect(measureText(arabic).arabicWords).toBe(11);
    expect(readingMinutes(arabic.repeat(60))).toBe(5);
  });

  it('reads English at 220 words a minute, as before', () => {
    expect(readingMinutes('word '.repeat(1100))).toBe(5);
    expect(readingMinutes('Short.')).toBe(1);
    expect(readingMinutes('```\n' + 'code '.repeat(1000) + '\n```\nShort.')).toBe(1);
  });

  it('adds up mixed text, each part at its own rate', () => {
    const mixed = `${about(japanese, 2000)} ${'Node.js and npm '.repeat(165)} Node.jsをインストールする`;
    const amount = measureText(mixed);
    expect(amount.words).toBe(495 + 1);
    expect(readingMinutes(mixed)).toBe(Math.round(amount.cjkCharacters / 500 + amount.words / 220));
  });

  it('splits Thai into words', () => {
    expect(measureText('อ่านหน้าทีมของเรา').words).toBe(5);
  });
});
