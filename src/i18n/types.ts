/**
 * The shapes of UI strings, in a leaf file so catalogs, the translator, checks and
 * tests share them without importing each other.
 */

/** A plural category from `Intl.PluralRules` (Arabic uses all six; Japanese only `other`). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A string whose wording depends on a count: one form per plural category the
 * language has, `other` always. The count is the `count` placeholder.
 * @example { one: '{count} event', other: '{count} events' }
 */
export type PluralMessage = { other: string } & Partial<Record<Exclude<PluralCategory, 'other'>, string>>;

/** One UI string: plain text with `{placeholders}`, or plural forms. */
export type Message = string | PluralMessage;

/** Values for a string's placeholders. Numbers are formatted in the locale. */
export type MessageValues = Record<string, string | number>;
