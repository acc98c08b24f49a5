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

/**
 * One language's strings for one English area file: any of its keys, each in the same
 * shape (a plural message stays plural). Completeness is checked by a unit test rather
 * than by the type, so adding an English string never breaks the build of a language
 * not yet translated; the test names what is missing.
 * @example export const common: Translation<typeof enCommon> = { 'nav.recaps': 'Rückblicke' };
 */
export type Translation<T extends Record<string, Message>> = { [K in keyof T]?: T[K] extends string ? string : PluralMessage };
