/**
 * Content values on their way into a chat message. Each service parses its text (Slack
 * mrkdwn, Adaptive Cards Markdown, Google Chat's HTML subset) and turns some of it
 * into mentions (`<!channel>`, `<users/all>`), links or formatting; content is
 * untrusted, so a value must arrive as the words it is and nothing more. Every service
 * gets the same first step here (one line, no control or direction-override
 * characters, a length cap, no automatic links); its own escaping follows in its
 * payload file.
 */

// C0/C1 controls (CR, LF, NUL, ESC…), DEL, line/paragraph separators, and the bidi
// embedding/override/isolate marks that can make a line read backwards.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** One line of content (a chat value, a mail header): unsafe characters become spaces, runs of space one, at most `max` characters. */
export function oneLine(text: string, max = 150): string {
  const line = text.replace(unsafe, ' ').replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  // Cut on a code point, not inside a surrogate pair.
  return `${Array.from(line).slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * Chat apps turn `example.com`, `www.x`, `a@b.c` and `https://…` in plain text into
 * links by themselves. A zero-width space after each `.`, `@` and `:` that is followed
 * by more text keeps a content value from becoming a link (it reads and prints the same).
 */
export const defuseLinks = (text: string): string => text.replace(/([.@:])(?=\S)/g, '$1\u200b');

/** `oneLine` and `defuseLinks`: what every content value goes through. */
export const chatText = (text: string, max?: number): string => defuseLinks(oneLine(text, max));
