/**
 * UI strings for the browser scripts (search as you type, roadbook progress): a page
 * hands its script the few messages it needs, resolved for the site's language, as JSON
 * in a data attribute (no inline script, so the CSP stays strict), and the script fills
 * them with message.ts. Nothing else of the catalog reaches the browser.
 */
import type { MessageKey } from './en/index.ts';
import { messageFormatter } from './message.ts';
import type { Message, MessageValues } from './types.ts';

/** What a page hands its script: the locale and each message by key. */
export interface ClientStrings {
  locale: string;
  messages: Partial<Record<MessageKey, Message>>;
  /** Anything else the script needs in the site's language (the search types' order). */
  extra?: Record<string, string[]>;
}

/** The JSON for a `data-strings` attribute (Astro escapes it as any attribute value). */
export function clientStrings(i18n: { locale: string; message: (key: MessageKey) => Message }, keys: readonly MessageKey[], extra?: Record<string, string[]>): string {
  const strings: ClientStrings = { locale: i18n.locale, messages: Object.fromEntries(keys.map((key) => [key, i18n.message(key)])), ...(extra ? { extra } : {}) };
  return JSON.stringify(strings);
}

/** A translator for a script, from the JSON its page wrote; a key the page did not hand over reads as itself. */
export function readClientStrings(json: string | undefined): { t: (key: MessageKey, values?: MessageValues) => string; locale: string; extra: Record<string, string[]> } {
  let strings: ClientStrings = { locale: 'en', messages: {} };
  try {
    strings = JSON.parse(json ?? '') as ClientStrings;
  } catch {
    // No strings on the page: keys show as themselves rather than breaking the script.
  }
  let format = messageFormatter('en');
  try {
    format = messageFormatter(strings.locale);
  } catch {
    // An engine without this locale formats numbers and plurals in English.
  }
  return { locale: strings.locale, extra: strings.extra ?? {}, t: (key, values) => format(strings.messages[key] ?? key, values) };
}
