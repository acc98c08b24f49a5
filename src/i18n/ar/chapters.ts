/** Arabic: the strings of `../en/chapters.ts`. */
import type { chapters as source } from '../en/chapters.ts';
import type { Translation } from '../types.ts';

export const chapters: Translation<typeof source> = {
  'chapters.title': 'الفصول',
  'chapters.read': '(مقروء)',
  'chapters.pager': 'الفصل السابق والتالي',
};
