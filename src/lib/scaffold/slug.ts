/**
 * File names and ids from what an author types: "Café Días: KubeCon EU!" becomes
 * `cafe-dias-kubecon-eu`. Accents are folded (NFKD, then the combining marks dropped)
 * so ids stay the ASCII kebab-case the schemas require.
 */

/** Letters that do not decompose into a base letter plus accent. */
const special: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };

/** Lowercase kebab-case id from free text; empty when nothing usable is left. */
export function slugify(text: string, maxLength = 60): string {
  const folded = text
    .toLowerCase()
    .replace(/[ßæœøđłþı]/g, (c) => special[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= maxLength) return folded;
  // Cut at a word boundary so ids do not end mid-word.
  const cut = folded.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : folded.slice(0, maxLength)).replace(/-+$/, '');
}
