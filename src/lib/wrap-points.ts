/**
 * Where an address may break across lines. A browser breaks text at spaces; an e-mail
 * address, a domain or a URL has none, so in a narrow box it either overflows or, with
 * `overflow-wrap: anywhere`, breaks inside a word ("ken@hoshizora.examp/le"). This finds
 * the breaks a typesetter would choose (after "//"; before ".", "@", "/", "-", "_", "?",
 * "#", "~", "%", "=", "&" between letters or digits) so a page can put a <wbr> there:
 * "ken" "@hoshizora" ".example". Ordinary words and short tokens are left whole.
 */

/** Tokens shorter than this fit any box the wiki has; leave them as written. */
const minLength = 12;

const breakBefore = new Set(['.', '@', '/', '-', '_', '?', '#', '~', '%', '=', '&']);
const wordChar = /[\p{L}\p{N}]/u;

/** The token split at its break points; joined, the pieces are the token again. */
function splitToken(token: string): string[] {
  if (token.length < minLength) return [token];
  const chars = [...token];
  const pieces: string[] = [];
  let current = '';
  chars.forEach((char, i) => {
    const previous = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    const afterDoubleSlash = previous === '/' && chars[i - 2] === '/' && wordChar.test(char);
    const beforePunctuation = breakBefore.has(char) && wordChar.test(previous) && wordChar.test(next);
    if (current && (afterDoubleSlash || beforePunctuation)) {
      pieces.push(current);
      current = '';
    }
    current += char;
  });
  pieces.push(current);
  return pieces;
}

/**
 * `text` cut where a line may break inside an address; joining the pieces gives `text`
 * back, so a page writes them with <wbr> between. Spaces stay inside the pieces.
 */
export function wrapSegments(text: string): string[] {
  const segments: string[] = [];
  let pending = '';
  for (const part of text.split(/(\s+)/)) {
    const pieces = /\s/.test(part) ? [part] : splitToken(part);
    pending += pieces[0] ?? '';
    for (const piece of pieces.slice(1)) {
      segments.push(pending);
      pending = piece;
    }
  }
  segments.push(pending);
  return segments.filter((segment, i) => segment !== '' || i === 0);
}
