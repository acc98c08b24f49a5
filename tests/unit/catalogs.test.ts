/**
 * The shipped catalogs are complete: every language has every English key, in the
 * same shape (plural stays plural), with the same placeholders (a form that names its
 * number, like Arabic "two", may leave `{count}` out), the plural forms its language
 * uses and no key English lacks. And each area file of English has its namesake in
 * every language, so a new English file shows up here as missing strings by file.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shippedCatalogs } from '../../src/i18n/catalogs.ts';
import { en } from '../../src/i18n/en/index.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { shippedLocales } from '../../src/i18n/locales.ts';
import { formsOf, isPlural, placeholdersIn, placeholdersOf } from '../../src/i18n/message.ts';
import type { PluralCategory } from '../../src/i18n/types.ts';

const i18nDir = fileURLToPath(new URL('../../src/i18n/', import.meta.url));
const translated = shippedLocales.filter((locale) => locale !== 'en');
const folderOf = (locale: string) => locale.toLowerCase();
const keys = Object.keys(en) as Array<keyof typeof en>;

describe.each(translated)('the %s catalog', (locale) => {
  const catalog = shippedCatalogs[locale];
  const rules = new Intl.PluralRules(locale);
  // The forms a count on a page takes (0 to 10,000 people, events…): French, Spanish and
  // Portuguese also have "many", for round millions, which falls back to "other" here.
  const needed = new Set(Array.from({ length: 10_001 }, (_, n) => rules.select(n)));
  const categories = new Set(rules.resolvedOptions().pluralCategories as PluralCategory[]);

  it('has a file for every English area file', () => {
    const english = readdirSync(path.join(i18nDir, 'en')).sort();
    expect(readdirSync(path.join(i18nDir, folderOf(locale))).sort()).toEqual(english);
  });

  it('translates every key, and no key English does not have', () => {
    const missing = keys.filter((key) => catalog[key] === undefined);
    expect(missing, `${locale} lacks ${missing.length} strings: add them to src/i18n/${folderOf(locale)}/`).toEqual([]);
    const extra = Object.keys(catalog).filter((key) => !Object.hasOwn(en, key));
    expect(extra).toEqual([]);
  });

  it('keeps each string\'s shape and placeholders', () => {
    const wrong: string[] = [];
    for (const key of keys) {
      const message = catalog[key];
      if (message === undefined) continue;
      const source = en[key];
      if (isPlural(source) !== isPlural(message)) {
        wrong.push(`${key}: ${isPlural(source) ? 'needs plural forms' : 'takes one text'}`);
        continue;
      }
      const expected = placeholdersOf(source);
      for (const [category, text] of formsOf(message)) {
        const written = new Set(placeholdersIn(text));
        const unknown = [...written].filter((name) => !expected.has(name));
        // A form naming its number ("one", "two", "zero") may leave {count} out.
        const missing = [...expected].filter((name) => !written.has(name) && !(name === 'count' && category && category !== 'other'));
        if (unknown.length || missing.length) wrong.push(`${key}${category ? `.${category}` : ''}: ${unknown.map((n) => `unknown {${n}}`).concat(missing.map((n) => `missing {${n}}`)).join(', ')}`);
        if (/[\u0000-\u001f]/.test(text)) wrong.push(`${key}: a control character`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives the plural forms counts take in the language, and none it lacks', () => {
    const wrong: string[] = [];
    for (const key of keys) {
      const message = catalog[key];
      if (!message || !isPlural(message)) continue;
      const given = new Set(formsOf(message).map(([category]) => category!));
      const lacking = [...needed].filter((category) => !given.has(category));
      const unused = [...given].filter((category) => !categories.has(category));
      if (lacking.length || unused.length) wrong.push(`${key}: ${lacking.map((c) => `no ${c}`).concat(unused.map((c) => `${c} unused`)).join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('is not English left as it was', () => {
    // Words that are the same in both languages (Metrics, Status, GitHub) are fine one by
    // one; a catalog where many are left in English was not translated.
    // Patterns such as "{page} · {site}" have no words to translate.
    const words = (key: keyof typeof en) => formsOf(en[key]).some(([, text]) => /\p{L}/u.test(text.replace(/\{[^}]*\}/g, '')));
    const same = keys.filter((key) => words(key) && JSON.stringify(catalog[key]) === JSON.stringify(en[key]));
    expect(same.length, same.join(', ')).toBeLessThan(keys.length * 0.05);
  });
});

describe('locale resolution', () => {
  it('takes a shipped catalog for the tag or its language, and English for none', () => {
    expect(createI18n('pt-BR').resolved).toEqual({ tag: 'pt-BR', catalog: 'pt-BR', fallback: false });
    expect(createI18n('de-AT').resolved.catalog).toBe('de');
    expect(createI18n('zh-SG').resolved.catalog).toBe('zh-CN');
    // Traditional Chinese is not Simplified: English fills in (and npm run check warns).
    expect(createI18n('zh-TW').resolved).toEqual({ tag: 'zh-TW', catalog: 'en', fallback: true });
    expect(createI18n('it').resolved.fallback).toBe(true);
    expect(createI18n('it').t('nav.recaps')).toBe('Recaps');
  });

  it('writes right to left for Arabic, Hebrew and Persian, left to right otherwise', () => {
    expect(createI18n('ar').dir).toBe('rtl');
    expect(createI18n('ar-EG').dir).toBe('rtl');
    expect(createI18n('he').dir).toBe('rtl');
    expect(createI18n('fa').dir).toBe('rtl');
    expect(createI18n('ja').dir).toBe('ltr');
  });

  it('uses every plural form Arabic has', () => {
    const { t } = createI18n('ar');
    const forms = new Set([0, 1, 2, 3, 11, 100].map((count) => t('count.events', { count })));
    expect(forms.size).toBe(6);
  });
});
