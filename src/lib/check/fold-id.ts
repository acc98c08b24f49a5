/**
 * Ids are file names, and file names are plain lowercase ASCII with dashes, so a URL
 * never depends on how a browser or a file system encodes "ã". An author who names a
 * file after a person, `joão-conceição.yaml`, is told the folded name to use instead:
 * `joao-conceicao.yaml`.
 */

/** Letters that Unicode does not decompose into a base letter and a mark. */
const extraFolds: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ŋ: 'n', ħ: 'h' };

/** `"João Conceição"` → `"joao-conceicao"`; `""` when nothing Latin is left (a name in another script). */
export function foldId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłıŋħ]/g, (c) => extraFolds[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
