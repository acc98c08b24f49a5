/**
 * Plain text for a Markdown document that someone else renders: the metrics pull's
 * `--summary`, which becomes a pull request's body on GitHub. A metric title, a source
 * description or a series label comes from content or from a service's answer, and must
 * show as the words it is, never become markup: no HTML, no links (GitHub links bare
 * `https://…`, `www.…` and e-mail addresses by itself), no `@mentions` that notify
 * people, no `#123` references, no table cell or line of its own.
 *
 * Every ASCII punctuation character is backslash-escaped (CommonMark makes any of them
 * literal that way, `|` included inside a table cell); a zero-width space after `@`,
 * `#`, `GH-`, `www` and a scheme's `:` breaks the patterns GitHub links after rendering,
 * which escaping alone does not reach; control characters (line breaks included) and
 * bidirectional overrides become spaces; long values are cut.
 */

const zeroWidthSpace = '\u200B';

/** C0 and C1 controls, DEL, line and paragraph separators, bidirectional embeddings, overrides and isolates. */
const controls = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** `value` as literal Markdown text, at most `maxLength` characters of it. */
export function markdownText(value: string, maxLength = 300): string {
  const flat = value.replace(controls, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  const cut = chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('').trimEnd()}…` : flat;
  return cut
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`)
    .replace(/\\([@#])/g, `\\$1${zeroWidthSpace}`)
    .replace(/\b(GH)\\-/gi, `$1\\-${zeroWidthSpace}`)
    .replace(/\\:(?=\\\/)/g, `\\:${zeroWidthSpace}`)
    .replace(/\b(www)(?=\\\.)/gi, `$1${zeroWidthSpace}`);
}
