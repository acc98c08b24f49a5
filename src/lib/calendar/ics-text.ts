/**
 * RFC 5545 text rules, the one writer of every calendar the wiki publishes: escaping of
 * TEXT values, URIs, folding of content lines at 75 octets. Calendar clients (Outlook
 * especially) reject or mangle feeds that get these wrong, and a content value that could
 * start a line of its own could add a property of its choosing (an `ATTENDEE:` or
 * `ORGANIZER:` in an invitation) to everyone's calendar. So no content value ever
 * carries a line break or another control character into the file: TEXT values write
 * line breaks as `\n` (§3.3.11) and drop other controls, URIs percent-encode them, and
 * `serializeLines` removes any that reach it anyway before folding.
 */

/**
 * Control characters RFC 5545 forbids in a content line (§3.1: CONTROL is every C0
 * character but HTAB, and DEL), with C1 controls, which some clients read as line
 * breaks (U+0085 NEXT LINE), and the Unicode line and paragraph separators.
 */
const forbidden = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Escape a TEXT value: backslash, semicolon, comma, and every line break (CRLF, a lone
 * CR, a lone LF, U+2028/2029) as `\n` (RFC 5545 §3.3.11); other controls are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, '\\n')
    .replace(forbidden, '');
}

/** A URI value (URL, ATTACH…): characters a URI may not hold are percent-encoded, so none can end the line. */
export function escapeUri(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f"<>\\^`{|}\u2028\u2029]/g, (char) => encodeURIComponent(char));
}

const encoder = new TextEncoder();

/**
 * Fold a content line so no physical line exceeds 75 octets (UTF-8 bytes, not characters),
 * never splitting a multi-byte character; continuation lines start with one space.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line may hold 75 octets; continuation lines 74 plus the leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * Join content lines with CRLF, folding each, ending with a final CRLF. The last guard:
 * a control character that reached a line here (a value written without `escapeText`)
 * is removed, so every line break in the file is one this function wrote.
 */
export function serializeLines(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line.replace(forbidden, ''))).join('\r\n') + '\r\n';
}

/** `20260325T160000` (floating/local form) from date `YYYY-MM-DD` and time `HH:MM`. */
export function localDateTime(localDate: string, localTime: string): string {
  return `${localDate.replace(/-/g, '')}T${localTime.replace(':', '')}00`;
}

/** `20260325T150000Z` from an instant. */
export function utcDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
