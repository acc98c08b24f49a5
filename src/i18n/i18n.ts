/**
 * Everything a page, feed or command needs to speak a locale, in one value: the tag,
 * the direction of its script, the translator and the formats. Lib functions take an
 * `I18n` (or its parts) rather than importing `src/i18n/index.ts`, so they stay pure and
 * `npm run digest`, the tests and the build each pass the language they mean.
 */
import { shippedCatalogs } from './catalogs.ts';
import { createFormats, type Formats } from './formats.ts';
import { resolveLocale, textDirection, type ResolvedLocale } from './locales.ts';
import { createTranslator, type Catalog, type Translate } from './translate.ts';

export interface I18n {
  /** The canonical tag, for `<html lang>` and Intl. */
  locale: string;
  dir: 'ltr' | 'rtl';
  /** Which shipped catalog the strings come from, and whether English fills in. */
  resolved: ResolvedLocale;
  t: Translate;
  f: Formats;
}

/**
 * The language of `locale` with the shipped catalog that fits it (locales.ts) and a
 * team's `overrides` on top; English for any key neither has.
 */
export function createI18n(locale: string, overrides: Catalog = {}): I18n {
  const resolved = resolveLocale(locale);
  return {
    locale: resolved.tag,
    dir: textDirection(resolved.tag),
    resolved,
    t: createTranslator(resolved.tag, overrides, shippedCatalogs[resolved.catalog]),
    f: createFormats(resolved.tag),
  };
}

/** English, as the wiki's own commands write to authors. */
export const english: I18n = createI18n('en');
