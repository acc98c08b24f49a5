/** Spanish: the strings of `../en/chapters.ts`. */
import type { chapters as source } from '../en/chapters.ts';
import type { Translation } from '../types.ts';

export const chapters: Translation<typeof source> = {
  'chapters.title': 'Capítulos',
  'chapters.read': '(leído)',
  'chapters.pager': 'Capítulo anterior y siguiente',
};
