/** Simplified Chinese: the strings of `../en/chapters.ts`. */
import type { chapters as source } from '../en/chapters.ts';
import type { Translation } from '../types.ts';

export const chapters: Translation<typeof source> = {
  'chapters.title': '章节',
  'chapters.read': '（已读）',
  'chapters.pager': '上一章和下一章',
};
