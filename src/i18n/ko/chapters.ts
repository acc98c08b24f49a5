/** Korean: the strings of `../en/chapters.ts`. */
import type { chapters as source } from '../en/chapters.ts';
import type { Translation } from '../types.ts';

export const chapters: Translation<typeof source> = {
  'chapters.title': '장 목록',
  'chapters.read': '(읽음)',
  'chapters.pager': '이전 장과 다음 장',
};
