/** Strings shared by every page (`../en/common.ts`). */
import type { common as source } from '../en/common.ts';
import type { Translation } from '../types.ts';

export const common: Translation<typeof source> = {
};
