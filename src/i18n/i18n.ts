/**
 * Everything a page, feed or command needs to speak a locale, in one value: the tag,
 * the direction of its script, the translator and the formats. Lib functions take an
 * `I18n` (or its parts) rather than importing `src/i18n/index.ts`, so they stay pure and
 * `npm run digest`, the tests and the build each pass the language they mean.
 */
import { shippedCatalogs } from './catalogs.ts';
import { createFormats, type Formats } from './formats.ts';
import { resolveLocale, textDirection, type ResolvedLocale } from './locales.ts';
import { createTranslator, messageFor, type Catalog, type Translate } from './translate.ts';
import type { MessageKey } from './en/index.ts';
import type { Message } from './types.ts';
import { chooseForm } from './message.ts';

export interface I18n {
  /** The canonical tag, for `<html lang>` and Intl. */
  locale: string;
  dir: 'ltr' | 'rtl';
  /** Which shipped catalog the strings come from, and whether English fills in. */
  resolved: ResolvedLocale;
  t: Translate;
  f: Formats;
  /** The message a key resolves to, unformatted: what a page hands its browser script. */
  message: (key: MessageKey) => Message;
  /** The form of a key's message for `count`, placeholders unfilled (`"{count} people"`), for markup around the number. */
  form: (key: MessageKey, count: number) => string;
}

/**
 * The language of `locale` with the shipped catalog that fits it (locales.ts) and a
 * team's `overrides` on top; English for any key neither has.
 */
export function createI18n(locale: string, overrides: Catalog = {}): I18n {
  const resolved = resolveLocale(locale);
  const catalogs = [overrides, shippedCatalogs[resolved.catalog]];
  const plurals = new Intl.PluralRules(resolved.tag);
  return {
    locale: resolved.tag,
    dir: textDirection(resolved.tag),
    resolved,
    t: createTranslator(resolved.tag, ...catalogs),
    f: createFormats(resolved.tag),
    message: (key) => messageFor(key, catalogs),
    form: (key, count) => chooseForm(messageFor(key, catalogs), count, plurals),
  };
}

/** English, as the wiki's own commands write to authors. */
export const english: I18n = createI18n('en');
