/**
 * Minutes to read a page, from its Markdown body, for text in any script. Words are not a
 * unit everywhere: Chinese and Japanese are written without spaces and read by the
 * character, so a 3,900-character Japanese chapter is an 8-minute read, not "1 min" (its
 * spaces are few). Each part of the text is timed at its own rate and the parts add up, so
 * English words in a Japanese chapter count as words. Rates are for adults reading
 * non-fiction silently:
 *
 * - Words in scripts written with spaces (Latin, Cyrillic, Greek, Hangul, Hebrew,
 *   Devanagari…): 220 a minute, the wiki's figure from the start; Brysbaert (2019, "How many
 *   words do we read per minute?", J. Memory and Language 109) found 238 on average and
 *   175–300 for most adults in English, and Korean silent reading measures about 200.
 * - Arabic-script words: 133 a minute. An Arabic word carries what English writes as several
 *   (articles, prepositions, pronouns), and the IReST study (Trauzettel-Klosinski & Dietz 2012,
 *   IOVS 53:5452) measured 138 Arabic words a minute against 228 English ones for the same
 *   texts: 220 × 138 / 228.
 * - Japanese: 500 characters a minute, the middle of the 400–600 commonly given for adult
 *   readers (kana and kanji alike).
 * - Chinese: 330 characters a minute: IReST's 255 read aloud, times the 1.3 by which silent
 *   reading is faster than reading aloud (Brysbaert: 238 against 183 words).
 * - Thai, Lao, Khmer and Burmese (no spaces, but alphabets): split into words by
 *   Intl.Segmenter, then 220 words a minute.
 */

const wordsPerMinute = 220;
const arabicWordsPerMinute = Math.round((wordsPerMinute * 138) / 228);
const japaneseCharactersPerMinute = 500;
const chineseCharactersPerMinute = 330;

/**
 * Han ideographs and kana, read by the character, with the marks and punctuation only they
 * use (Script_Extensions): the long-vowel mark ー, 々, 、 and 。.
 */
const cjk = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/gu;
const kana = /[\p{scx=Hiragana}\p{scx=Katakana}]/gu;
/** Alphabets written without spaces between words. */
const unspaced = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const arabic = /\p{Script=Arabic}/u;
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** What a body holds to be read: words by kind, and Chinese/Japanese characters. */
export interface TextAmount {
  words: number;
  arabicWords: number;
  cjkCharacters: number;
  kana: number;
}

/** Markdown without what is not read as prose: code blocks, tags, link targets. Linear on any input. */
function readableText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^<>]+>/g, ' ')
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1');
}

/** Counts the words and characters of a Markdown body, each kind as it is read. */
export function measureText(markdown: string): TextAmount {
  const amount: TextAmount = { words: 0, arabicWords: 0, cjkCharacters: 0, kana: 0 };
  for (const token of readableText(markdown).split(/\s+/)) {
    const characters = token.match(cjk)?.length ?? 0;
    amount.cjkCharacters += characters;
    if (characters) amount.kana += token.match(kana)?.length ?? 0;
    // What is left around the characters ("Node.js" in "Node.jsをインストール") reads as words.
    for (const part of characters ? token.replace(cjk, ' ').split(' ') : [token]) {
      if (!/[\p{L}\p{N}]/u.test(part)) continue;
      if (unspaced.test(part)) amount.words += [...segmenter.segment(part)].filter((s) => s.isWordLike).length;
      else if (arabic.test(part)) amount.arabicWords++;
      else amount.words++;
    }
  }
  return amount;
}

/** Minutes to read a Markdown body, at least 1 (see the rates above). */
export function readingMinutes(markdown: string): number {
  const { words, arabicWords, cjkCharacters, kana: kanaCount } = measureText(markdown);
  // Japanese mixes kana with kanji (a third or more of it is kana); Chinese has none.
  const perMinute = kanaCount >= cjkCharacters / 10 ? japaneseCharactersPerMinute : chineseCharactersPerMinute;
  const minutes = words / wordsPerMinute + arabicWords / arabicWordsPerMinute + cjkCharacters / perMinute;
  return Math.max(1, Math.round(minutes));
}
