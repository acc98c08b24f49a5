/**
 * RFC 5545 text rules: escaping of TEXT values and folding of content lines at 75
 * octets. Calendar clients (Outlook especially) reject or mangle feeds that get these
 * wrong, so they live in one small, tested place.
 */

/** Escape a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
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

/** Join content lines with CRLF, folding each, ending with a final CRLF. */
export function serializeLines(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** `20260325T160000` (floating/local form) from date `YYYY-MM-DD` and time `HH:MM`. */
export function localDateTime(localDate: string, localTime: string): string {
  return `${localDate.replace(/-/g, '')}T${localTime.replace(':', '')}00`;
}

/** `20260325T150000Z` from an instant. */
export function utcDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
