/** French: the strings of `../en/menu.ts`. */
import type { menu as source } from '../en/menu.ts';
import type { Translation } from '../types.ts';

export const menu: Translation<typeof source> = {
  'menu.open': 'Menu',
};
