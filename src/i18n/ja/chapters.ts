/** Japanese: the strings of `../en/chapters.ts`. */
import type { chapters as source } from '../en/chapters.ts';
import type { Translation } from '../types.ts';

export const chapters: Translation<typeof source> = {
  'chapters.title': '章',
  'chapters.read': '（既読）',
  'chapters.pager': '前後の章',
};
