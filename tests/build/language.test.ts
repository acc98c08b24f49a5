/**
 * A wiki written in another language reads as one: three small fixture wikis (Japanese,
 * Austrian German with a team override, Arabic) are built, and every page, feed and
 * calendar is searched for the English catalog's words, English month and weekday
 * names, and for dates and numbers written the language's way; `<html lang dir>` and the
 * search index follow the locale.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/en/index.ts';
import { loadI18n } from '../../src/i18n/load.ts';
import { formsOf, splitPlaceholders } from '../../src/i18n/message.ts';
import type { I18n } from '../../src/i18n/i18n.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');

interface Language {
  fixture: string;
  locale: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The name Pagefind stores the index under (the lang attribute, lower-cased). */
  searchLanguage: string;
  /** Written the language's way, on the page named. */
  expected: Record<string, string[]>;
}

const languages: Language[] = [
  {
    fixture: 'language-ja',
    locale: 'ja',
    lang: 'ja',
    dir: 'ltr',
    searchLanguage: 'ja',
    expected: {
      // A unit given as "{count}人" sticks to its number; dates in 年月日.
      'index.html': ['3,830人', '2026年11月12日', '2027年1月20日', '2026年10月'],
      'recaps/2026-11-12-meetup-tokyo/index.html': ['85人'],
      // The rule in the meeting's own zone, by its Japanese name; occurrences with the weekday, the date in 年月日 (not ICU's 2026/11/26).
      'meetings/office-hours/index.html': ['毎週木曜日 19:30（日本標準時）', '2026年11月26日(木) 19時30分～20時15分(JST)'],
      'metrics/meetup-attendees/index.html': ['3,830人', '2025年11月'],
    },
  },
  {
    fixture: 'language-de',
    locale: 'de-AT',
    lang: 'de-AT',
    dir: 'ltr',
    searchLanguage: 'de-at',
    expected: {
      // Austrian German groups thousands with a no-break space and calls January "Jänner";
      // a unit with plural forms takes the one its number needs.
      'index.html': ['6\u00a0040 Personen', '64 Personen', '19. Nov. 2026', '8.–9. Okt. 2026', 'Oktober 2026', 'Veranstaltungsberichte'],
      'meetings/sprechstunde/index.html': ['Jeden Dienstag um 16:00 (Mitteleuropäische Zeit)', 'Di., 5. Jän. 2027, 16:00–17:00 Uhr MEZ'],
      'metrics/stammtisch-besuch/index.html': ['6\u00a0040 Personen', 'Jänner 2026'],
    },
  },
  {
    fixture: 'language-ar',
    locale: 'ar',
    lang: 'ar',
    dir: 'rtl',
    searchLanguage: 'ar',
    expected: {
      // 72 and 3,270 take the "many" form the unit gives, not "other".
      'index.html': ['3,270 شخصًا', '72 شخصًا', '18 نوفمبر 2026', '14–15 أكتوبر 2026', 'أكتوبر 2026'],
      'meetings/saat-maktabiya/index.html': ['الأربعاء من كل أسبوع الساعة 6:00 م (توقيت شرق أوروبا)', 'الأربعاء، 2 ديسمبر 2026'],
      'metrics/hudur-al-liqaat/index.html': ['3,270 شخصًا', 'يناير 2026'],
    },
  },
];

/** Pages that show a file the team wrote in English on purpose (CONTRIBUTING.md). */
const writtenInEnglish = /^contributing\//;

describe.each(languages)('a wiki written with locale: $locale', (language) => {
  const contentDir = path.join(fixtures, language.fixture);
  let build: BuildResult;
  let i18n: I18n;
  let pages: Map<string, string>;
  beforeAll(() => {
    build = buildSite({ contentDir });
    i18n = loadI18n(contentDir, language.locale);
    pages = build.ok ? readOutput(build.outDir) : new Map();
  });

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
    expect([...pages.keys()].filter((file) => file.endsWith('.html')).length).toBeGreaterThan(25);
  });

  it(`writes <html lang="${language.lang}" dir="${language.dir}"> on every page`, () => {
    const wrong = [...htmlFiles(build.outDir)].filter((file) => !readFileSync(path.join(build.outDir, file), 'utf8').includes(`<html lang="${language.lang}" dir="${language.dir}">`));
    expect(wrong).toEqual([]);
  });

  it('leaves no English UI string on any page, feed or calendar', () => {
    const own = contentText(contentDir);
    const translated = catalogText(i18n);
    const fragments = englishFragments(i18n).filter(({ text }) => !containsWords(own, text) && !containsWords(translated, text));
    // The test would pass vacuously if nothing were left to look for.
    expect(fragments.length).toBeGreaterThan(300);
    const found: string[] = [];
    for (const [file, text] of pages) {
      if (writtenInEnglish.test(file)) continue;
      for (const { key, text: fragment } of fragments) if (containsWords(text, fragment)) found.push(`${file}: "${fragment}" (${key})`);
    }
    expect(found).toEqual([]);
  });

  it('names no month or weekday in English', () => {
    const english = [...calendarNames('en')].filter((name) => !calendarNames(language.locale).has(name));
    const found: string[] = [];
    for (const [file, text] of pages) {
      if (writtenInEnglish.test(file) || file.endsWith('.csv')) continue;
      for (const name of english) if (containsWords(text, name)) found.push(`${file}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it("writes dates, times, numbers and units the language's way", () => {
    for (const [file, texts] of Object.entries(language.expected)) {
      const text = pages.get(file);
      expect(text, file).toBeDefined();
      for (const expected of texts) expect(text, file).toContain(expected);
    }
  });

  it('indexes the search in the language and hands the search box its words', () => {
    const entry = JSON.parse(readFileSync(path.join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual([language.searchLanguage]);
    expect(entry.languages[language.searchLanguage]!.page_count).toBeGreaterThan(10);
    const strings = JSON.parse(readFileSync(path.join(build.outDir, 'search-strings.json'), 'utf8')) as { locale: string; messages: Record<string, unknown> };
    expect(strings.locale).toBe(language.lang);
    expect(strings.messages['search.seeAll']).toBe(i18n.message('search.seeAll'));
    expect(strings.messages['search.seeAll']).not.toBe(en['search.seeAll']);
  });
});

/**
 * The English words a page could show where the language's catalog says something else:
 * each literal part of each English form (split at placeholders) with a word of four
 * letters or more. Keys the language writes the same way ("DevRel", "GitHub") are skipped.
 */
function englishFragments(i18n: I18n): Array<{ key: MessageKey; text: string }> {
  const fragments: Array<{ key: MessageKey; text: string }> = [];
  for (const key of Object.keys(en) as MessageKey[]) {
    if (JSON.stringify(i18n.message(key)) === JSON.stringify(en[key])) continue;
    for (const [, form] of formsOf(en[key])) {
      for (const part of splitPlaceholders(form)) {
        if (typeof part !== 'string') continue;
        const text = part.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
        if (/[A-Za-z]{4,}/.test(text)) fragments.push({ key, text });
      }
    }
  }
  return fragments;
}

/** Every string the language's catalog (with the team's overrides) gives, as one text. */
function catalogText(i18n: I18n): string {
  return (Object.keys(en) as MessageKey[]).flatMap((key) => formsOf(i18n.message(key)).map(([, form]) => form)).join('\n');
}

/** `words` in `text` as whole words, ignoring case and how the spaces run. */
function containsWords(text: string, words: string): boolean {
  const pattern = words.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The names of the months and weekdays in a locale, long and abbreviated. */
function calendarNames(locale: string): Set<string> {
  const names = new Set<string>();
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m += 1) names.add(format.format(Date.UTC(2026, m, 15)).replace(/\.$/, ''));
  }
  for (const weekday of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
    for (let d = 0; d < 7; d += 1) names.add(format.format(Date.UTC(2026, 10, 1 + d)).replace(/\.$/, ''));
  }
  return names;
}

function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
}

/**
 * What a reader sees in each file the build wrote for people: a page's text, title,
 * description and labels (and the words its scripts are handed); a feed's or calendar's
 * text. Inline elements join without a space ("3,830人"), blocks are kept apart.
 */
function readOutput(outDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const name = file.split(path.sep).join('/');
    if (name.startsWith('pagefind/') || name.startsWith('_astro/')) continue;
    const source = (): string => readFileSync(path.join(outDir, file), 'utf8');
    if (name.endsWith('.html')) texts.set(name, pageText(source()));
    // A feed's dates (RFC 822: "Thu, 12 Nov 2026") are a machine format, in English by definition.
    else if (name.endsWith('.xml')) texts.set(name, decode(source().replace(/<(pubDate|lastBuildDate)>[^<]*<\/\1>/g, ' ').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => text).replace(/<[^>]+>/g, ' ')));
    else if (name.endsWith('.ics')) texts.set(name, source().replace(/\r\n[ \t]/g, '').replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1'));
    else if (name.endsWith('.json')) texts.set(name, jsonText(source()));
  }
  return texts;
}

function pageText(html: string): string {
  const head = /<head>[\s\S]*?<\/head>/.exec(html)?.[0] ?? '';
  const labels = [...html.matchAll(/\s(?:aria-label|aria-description|title|placeholder|alt|data-label|data-title|data-value)="([^"]*)"/g)].map((match) => match[1]!);
  const descriptions = [...head.matchAll(/<meta (?:name|property)="(?:description|og:[a-z:]+)" content="([^"]*)"/g)].map((match) => match[1]!);
  const handed = [...html.matchAll(/\sdata-(?:roadbook-)?strings="([^"]*)"/g)].map((match) => jsonText(decode(match[1]!)));
  const titles = [...head.matchAll(/<title>([\s\S]*?)<\/title>/g)].map((match) => match[1]);
  const body = html
    .replace(head, ' ')
    .replace(/<script(?![^>]*application\/json)[^>]*>[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ')
    .replace(/<\/?(?:span|strong|em|a|b|i|abbr|time|small|code|sup|sub|bdi|kbd|mark)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, '\n');
  return decode([body, ...titles, ...labels, ...descriptions].join('\n')) + handed.join('\n');
}

/** The strings of a JSON document (its values, not its keys). */
function jsonText(json: string): string {
  const strings: string[] = [];
  JSON.parse(json, (_key, value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    return value;
  });
  return strings.join('\n');
}

function decode(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) =>
    name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? entity));
}

/** Every file of the fixture as one text: the words the team wrote itself. */
function contentText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}
