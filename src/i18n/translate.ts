/**
 * Turns a key and its values into the text a reader sees, in one locale: picks the
 * plural form with `Intl.PluralRules`, formats numbers with `Intl.NumberFormat`, and falls
 * back to English key by key, so a partial catalog never shows a raw key.
 */
import { en, type MessageKey } from './en/index.ts';
import type { Message, MessageValues, PluralMessage } from './types.ts';

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A catalog for one language: any subset of the English keys. */
export type Catalog = Partial<Record<MessageKey, Message>>;

// Placeholders are `{name}`: letters, digits and underscores, nothing that can nest, so
// this cannot backtrack.
const placeholder = /\{([A-Za-z0-9_]+)\}/g;

/**
 * A translator for `locale`, reading `catalogs` in order (a team's overrides first, then
 * the shipped language) and English last.
 */
export function createTranslator(locale: string, ...catalogs: Catalog[]): Translate {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const fill = (text: string, values: MessageValues | undefined): string =>
    values === undefined
      ? text
      : text.replace(placeholder, (whole, name: string) => {
        const value = values[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
  const pick = (message: PluralMessage, count: number): string => message[plurals.select(count)] ?? message.other;

  return (key, values) => {
    const message = catalogs.find((catalog) => catalog[key] !== undefined)?.[key] ?? en[key];
    if (typeof message === 'string') return fill(message, values);
    const count = values?.count;
    return fill(pick(message, typeof count === 'number' ? count : Number.NaN), values);
  };
}
