/**
 * A UI message whose placeholders stand for markup (a link, a date, a code sample) is
 * written as one sentence in the catalog, "Last updated {date} by {author}", so a
 * translation can move the pieces. This cuts it into text and placeholder names for a
 * component to fill: ['Last updated ', { slot: 'date' }, ' by ', { slot: 'author' }].
 * The cutting is the catalog's own (splitPlaceholders), so both read placeholders alike.
 */
import { splitPlaceholders } from '../i18n/message.ts';

export type MessagePart = string | { slot: string };

export function messageSlots(message: string): MessagePart[] {
  return splitPlaceholders(message).map((part) => (typeof part === 'string' ? part : { slot: part.name }));
}
