/**
 * Text from content on its way to a terminal, a CI log or a GitHub Actions runner. A
 * content value may hold any character (YAML writes "\e" and "\n" in double quotes), and
 * a terminal obeys some of them: an escape sequence recolours, moves the cursor or
 * retitles the window; a line break followed by `::warning …` is a workflow command to
 * the Actions runner, which reads every line a step prints. So every value is shown with
 * its control characters written out (`\n`, `\e`, `\x07`), never sent as they are, and
 * a line we print can only contain the line breaks we put there.
 */

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the
 * bidirectional overrides and isolates that can make a line read differently from what
 * it is ("Trojan Source"). One character class: no backtracking.
 */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (char: string) => {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * `text` with every control character written out; at most `maxLength` characters of it,
 * then "…". `keepLineBreaks` leaves CR and LF for a writer that encodes them itself (a
 * GitHub annotation writes them as %0D and %0A).
 */
export function terminalText(text: string, maxLength = Infinity, { keepLineBreaks = false } = {}): string {
  const shown = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return shown.replace(unsafe, (char) => (keepLineBreaks && (char === '\n' || char === '\r') ? char : (named[char] ?? hex(char))));
}
