/**
 * A UI message whose placeholders stand for markup (a link, a date, a code sample) is
 * written as one sentence in the catalog, "Last updated {date} by {author}", so a
 * translation can move the pieces. This cuts it into text and placeholder names for a
 * component to fill: ['Last updated ', { slot: 'date' }, ' by ', { slot: 'author' }].
 */
export type MessagePart = string | { slot: string };

const placeholder = /\{([A-Za-z0-9_]+)\}/g;

export function messageSlots(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of message.matchAll(placeholder)) {
    if (match.index > last) parts.push(message.slice(last, match.index));
    parts.push({ slot: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push(message.slice(last));
  return parts;
}
