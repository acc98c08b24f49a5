/**
 * The shipped languages' catalogs, by tag. Each language lives in a folder mirroring
 * `en/` (one file per area), merged in its `index.ts`.
 */
import type { ShippedLocale } from './locales.ts';
import type { Catalog } from './translate.ts';
import { ar } from './ar/index.ts';
import { de } from './de/index.ts';
import { es } from './es/index.ts';
import { fr } from './fr/index.ts';
import { ja } from './ja/index.ts';
import { ko } from './ko/index.ts';
import { ptBR } from './pt-br/index.ts';
import { zhCN } from './zh-cn/index.ts';

/** English is the source: its catalog is the fallback itself, so it adds nothing here. */
export const shippedCatalogs: Record<ShippedLocale, Catalog> = { en: {}, de, es, fr, ja, ko, 'pt-BR': ptBR, 'zh-CN': zhCN, ar };
