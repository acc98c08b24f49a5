/**
 * One UI string made into the text a reader sees: the plural form chosen with
 * `Intl.PluralRules`, `{placeholders}` filled, numbers formatted in the locale. Pure and
 * free of any catalog, so the browser scripts (search, roadbook progress) bundle this
 * and the few messages a page hands them, not the whole English catalog.
 */
import type { Message, MessageValues, PluralCategory, PluralMessage } from './types.ts';

/**
 * `{name}`: letters, digits and underscores, nothing that can nest, so matching cannot
 * backtrack on a long translated string.
 */
const placeholder = /\{([A-Za-z0-9_]+)\}/g;

/** The plural categories a message may give, `other` last (it is the one always required). */
export const pluralCategories: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Whether a message has plural forms. */
export const isPlural = (message: Message): message is PluralMessage => typeof message === 'object';

/** Every form of a message: one for a plain string, one per category for a plural message. */
export function formsOf(message: Message): Array<[PluralCategory | undefined, string]> {
  if (!isPlural(message)) return [[undefined, message]];
  return pluralCategories.flatMap((category) => (message[category] === undefined ? [] : [[category, message[category]!] as [PluralCategory, string]]));
}

/** The placeholder names written in one text, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(placeholder)].map((match) => match[1]!))];
}

/** The placeholder names of a message, over all its forms. */
export function placeholdersOf(message: Message): Set<string> {
  return new Set(formsOf(message).flatMap(([, text]) => placeholdersIn(text)));
}

/** Fills and chooses messages in one locale. */
export type MessageFormatter = (message: Message, values?: MessageValues) => string;

/**
 * A formatter for `locale`. A plural message takes its form from `values.count` (a
 * number); without one, `other`. A placeholder with no value is left as written, so a
 * mistake shows as `{name}` rather than as "undefined".
 */
export function messageFormatter(locale: string): MessageFormatter {
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
  return (message, values) => fill(chooseForm(message, values?.count, plurals), values);
}

/**
 * The form of a message for `count`, its placeholders still in it: for markup that puts
 * the number in bold (Words.astro fills `{count}` with an element).
 */
export function chooseForm(message: Message, count: string | number | undefined, plurals: Intl.PluralRules): string {
  if (!isPlural(message)) return message;
  const form = typeof count === 'number' ? message[plurals.select(count)] : undefined;
  return form ?? message.other;
}

/**
 * A text cut at its placeholders, for markup that puts a link or a date where `{name}`
 * is (src/components/Words.astro): `"Write to {email}."` → `["Write to ", { name: "email" }, "."]`.
 */
export function splitPlaceholders(text: string): Array<string | { name: string }> {
  const parts: Array<string | { name: string }> = [];
  let last = 0;
  for (const match of text.matchAll(placeholder)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
