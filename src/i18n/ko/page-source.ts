/** Korean: the strings of `../en/page-source.ts`. */
import type { pageSource as source } from '../en/page-source.ts';
import type { Translation } from '../types.ts';

export const pageSource: Translation<typeof source> = {
  'pageSource.lastUpdated': '최종 수정: {date}, {author}',
};
