/**
 * What an id is, and how one is made from a title. An id is a file name without its
 * extension and the last part of its page's address, and a team writes in its own
 * script: `星野-美咲`, `ليلى-المنصوري`, `2026-05-10-meetup-東京-6`. So an id is words of any
 * script joined by single dashes, with these rules, the same for `npm run new`,
 * `npm run init`, `npm run check`, the build and references between entries:
 *
 * - Unicode NFC, the composed form Linux, Windows and git on a Mac (core.precomposeUnicode)
 *   write; a name typed on a Mac in decomposed form (NFD) is the same id (see
 *   `normalizeId`), so both give one page.
 * - Lower case where the script has case (Latin, Cyrillic, Greek, Armenian…).
 * - Latin letters without accents (`joao-conceicao`, not `joão-conceição`): a Latin name
 *   has one spelling everyone can type, and ids made before this rule keep working. Other
 *   scripts keep their letters and marks as written: dropping the marks of kana, Devanagari
 *   or Thai makes another word (デプロイ is not テフロイ), and transliterating Japanese or
 *   Chinese needs a dictionary and still guesses. `--id` chooses a Latin id when wanted.
 * - Nothing else: no spaces, dots, slashes, `..`, control or invisible characters,
 *   compatibility forms (full-width letters), Windows' reserved names (`con`, `nul`…), and at
 *   most `maxIdBytes` bytes of UTF-8 (file systems count bytes, not letters).
 *
 * Pure functions, no Zod: the schemas (common.ts), the checker and the scaffolds share them.
 */

/** Longest id, in UTF-8 bytes: ~40 Japanese or Chinese characters, 60 Arabic letters, 120 Latin. */
export const maxIdBytes = 120;

/** Longest id `makeId` makes from a title, in UTF-8 bytes (60 Latin letters, 20 kanji). */
export const madeIdBytes = 60;

/** Longest tag, in UTF-8 bytes. */
export const maxTagBytes = 100;

const encoder = new TextEncoder();
/** Length of `text` in UTF-8 bytes. */
export const utf8Bytes = (text: string): number => encoder.encode(text).length;

/** Names Windows cannot give a file or folder, whatever the extension. */
const windowsReserved = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/;

/** One word of an id: a letter or digit, then letters, marks and digits. Linear: `-` is in neither class. */
const word = String.raw`[\p{Ll}\p{Lm}\p{Lo}\p{Nd}][\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]*`;
const idShape = new RegExp(`^${word}(?:-${word})*$`, 'u');
/** Tags may also join words with a dot, as in `vue.js` or `asp.net`. */
const tagShape = new RegExp(`^${word}(?:[-.]${word})*$`, 'u');

/** A Latin letter that is not a–z (é, ø, ß, ｆ), or a mark on a Latin letter or digit. */
const accentedLatin = /(?![a-z])\p{Script=Latin}|[a-z0-9]\p{M}/u;
const upperCase = /[\p{Lu}\p{Lt}]/u;
/** Characters that show nothing (joiners, direction marks, Hangul fillers): two ids that look alike would differ. */
const invisible = /\p{Default_Ignorable_Code_Point}/u;

/** The form ids are compared in: NFC, so a name typed on a Mac (NFD) is the same id. */
export const normalizeId = (id: string): string => id.normalize('NFC');

/**
 * Why `id` cannot be an id, in words for an author, or undefined when it can. `id` is
 * taken as written: normalise it first (`normalizeId`) where decomposed input is fine.
 */
export function idProblem(id: string): string | undefined {
  if (id === '') return 'an id cannot be empty';
  const bytes = utf8Bytes(id);
  if (bytes > maxIdBytes) return `the id is ${bytes} bytes long; ids may have at most ${maxIdBytes} (about ${maxIdBytes / 3} Chinese or Japanese characters, ${maxIdBytes} Latin letters)`;
  if (invisible.test(id)) return 'the id holds an invisible character (a joiner, direction mark or filler): delete it';
  if (id !== id.normalize('NFC')) return 'the id is written in decomposed Unicode (NFD): write it composed (NFC), as typed on a keyboard';
  if (id !== id.normalize('NFKC')) return 'ids use plain letters and digits, not full-width or other compatibility forms';
  if (upperCase.test(id)) return 'ids are written in lower case';
  if (accentedLatin.test(id)) return 'ids write Latin letters without accents';
  if (!idShape.test(id)) return 'ids are words (letters and digits of any script) joined by single dashes, without spaces or other punctuation';
  if (windowsReserved.test(id)) return `"${id}" is a name Windows reserves for a device, so the file could not be checked out there`;
  return undefined;
}

/** True when `id` is a valid id as written. */
export const isId = (id: string): boolean => idProblem(id) === undefined;

/** Why `tag` (already normalised with `normalizeTag`) cannot be a tag, or undefined when it can. */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'a tag cannot be empty';
  const bytes = utf8Bytes(tag);
  if (bytes > maxTagBytes) return `the tag is ${bytes} bytes long; tags may have at most ${maxTagBytes}`;
  if (invisible.test(tag)) return 'the tag holds an invisible character (a joiner, direction mark or filler): delete it';
  if (!tagShape.test(tag)) return 'tags are words of any script joined by single dashes or dots, like "open-source", "vue.js" or "技術書典"';
  if (windowsReserved.test(tag)) return `"${tag}" is a name Windows reserves for a device, so its page could not be written there`;
  return undefined;
}

/**
 * The form a tag is kept in: compatibility forms folded (full-width letters, half-width
 * kana), lower case where the script has case, composed (NFC). `Vue.js` and `vue.js` are
 * one tag; accents stay (`café`), since a tag is a label and names no file.
 */
export const normalizeTag = (tag: string): string => tag.trim().normalize('NFKC').toLowerCase().normalize('NFC');

/**
 * The tag closest to what was typed, for a did-you-mean: "Open Source" → `open-source`,
 * "#技術書典" → `技術書典`, "C++" → `cpp`, "C#" → `csharp`. `''` when nothing is left.
 */
export function makeTag(text: string): string {
  return normalizeTag(text)
    .replace(/\+\+/g, 'pp')
    .replace(/(\p{L})#/gu, '$1sharp')
    .replace(/[^\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}.]+/gu, '-')
    .replace(/(^|[-.])\p{M}+/gu, '$1')
    // A run of separators is one: a dot when it has one (`vue .js`), else a dash.
    .replace(/[-.]+/g, (run) => (run.includes('.') ? '.' : '-'))
    .replace(/^[-.]|[-.]$/g, '');
}

/** Latin letters that Unicode does not decompose into a base letter and an accent. */
const latinFolds: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ŋ: 'n', ħ: 'h', ĸ: 'k',
  ə: 'e', ɛ: 'e', ɔ: 'o', ʒ: 'z', ƒ: 'f', ɲ: 'n', ɓ: 'b', ɗ: 'd', ƴ: 'y', ɣ: 'g', ŧ: 't',
};
const latinFoldPattern = new RegExp(`[${Object.keys(latinFolds).join('')}]`, 'g');

/** A letter outside the Latin script: a title with one is not written in Latin alone. */
const nonLatinLetter = /(?!\p{Script=Latin})\p{L}/u;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** `text` cut to at most `maxBytes` UTF-8 bytes, at a dash when one is far enough along, else between graphemes. */
function shorten(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  let cut = '';
  for (const { segment } of graphemes.segment(text)) {
    if (utf8Bytes(cut + segment) > maxBytes) break;
    cut += segment;
  }
  // A whole word when the last dash leaves more than a third of the room used.
  const lastDash = cut.lastIndexOf('-');
  const atWord = lastDash >= 0 && utf8Bytes(cut.slice(0, lastDash)) > maxBytes / 3 ? cut.slice(0, lastDash) : cut;
  return atWord.replace(/-+$/, '');
}

/**
 * An id from free text, following the rules above; `''` when the text has no letters or
 * digits. "Café Días: KubeCon EU!" → `cafe-dias-kubecon-eu`, "JSConf JP 2026 東京" →
 * `jsconf-jp-2026-東京`, "ليلى المنصوري" → `ليلى-المنصوري`, "ﾐｰﾄｱｯﾌﾟ" → `ミートアップ`.
 * Long titles are shortened to `maxBytes` (`madeIdBytes` by default): compare with
 * `makeId(text, Infinity)` to tell the author what was left out.
 */
export function makeId(text: string, maxBytes = madeIdBytes): string {
  let id = text.normalize('NFKC').toLowerCase().replace(latinFoldPattern, (c) => latinFolds[c] ?? c);
  // Accents come off Latin letters only: on kana, Devanagari or Thai they make another letter.
  id = id.normalize('NFD').replace(/([a-z0-9])\p{M}+/gu, '$1').normalize('NFC');
  // "R&D" reads "r-and-d" in a Latin title; in another script "and" would be a foreign word.
  if (!nonLatinLetter.test(id)) id = id.replace(/&/g, ' and ');
  id = id
    // Joiners, direction marks and fillers are invisible: they join nothing in an id.
    .replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '')
    // Any other letter left outside a–z in the Latin script has no plain form: it ends the word.
    .replace(/(?![a-z])\p{Script=Latin}/gu, '-')
    .replace(/[^\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]+/gu, '-')
    // A mark with no letter before it belongs to nothing.
    .replace(/(^|-)\p{M}+/gu, '$1')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return shorten(id, maxBytes);
}
