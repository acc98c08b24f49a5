/** Brazilian Portuguese: the strings of `../en/page-source.ts`. */
import type { pageSource as source } from '../en/page-source.ts';
import type { Translation } from '../types.ts';

export const pageSource: Translation<typeof source> = {
  'pageSource.lastUpdated': 'Atualizado em {date} por {author}',
};
