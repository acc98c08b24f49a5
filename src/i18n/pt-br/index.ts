/** The pt-br catalog: one file per area, mirroring `../en/`. */
import type { Catalog } from '../translate.ts';
import { common } from './common.ts';

export const ptBR = {
  ...common,
} satisfies Catalog;
