/**
 * Turns a key and its values into the text a reader sees, in one locale (see message.ts
 * for plural forms and numbers), falling back to English key by key, so a partial
 * catalog never shows a raw key.
 */
import { en, type MessageKey } from './en/index.ts';
import { messageFormatter } from './message.ts';
import type { Message, MessageValues } from './types.ts';

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A catalog for one language: any subset of the English keys. */
export type Catalog = Partial<Record<MessageKey, Message>>;

/**
 * A translator for `locale`, reading `catalogs` in order (a team's overrides first, then
 * the shipped language) and English last.
 */
export function createTranslator(locale: string, ...catalogs: Catalog[]): Translate {
  const format = messageFormatter(locale);
  return (key, values) => format(messageFor(key, catalogs), values);
}

/** The message `key` resolves to through `catalogs`, English last. */
export function messageFor(key: MessageKey, catalogs: readonly Catalog[]): Message {
  for (const catalog of catalogs) {
    const message = catalog[key];
    if (message !== undefined) return message;
  }
  return en[key];
}
