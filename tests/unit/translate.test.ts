import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translate.ts';

describe('createTranslator', () => {
  it('falls back to English key by key when a catalog lacks a string', () => {
    const t = createTranslator('de', { 'nav.programs': 'Programme' });
    expect(t('nav.programs')).toBe('Programme');
    expect(t('nav.recaps')).toBe('Recaps');
  });

  it('takes the first catalog that has a key, so a team override beats the shipped language', () => {
    const t = createTranslator('de', { 'nav.recaps': 'Veranstaltungsberichte' }, { 'nav.recaps': 'Rückblicke' });
    expect(t('nav.recaps')).toBe('Veranstaltungsberichte');
  });

  it('chooses plural forms with the locale rules and formats numbers in the locale', () => {
    const ar = createTranslator('ar', { 'nav.label': { zero: 'لا أحداث', two: 'حدثان', few: '{count} أحداث', other: '{count} حدث' } });
    expect(ar('nav.label', { count: 2 })).toBe('حدثان');
    expect(ar('nav.label', { count: 3 })).toBe(`${new Intl.NumberFormat('ar').format(3)} أحداث`);
    const de = createTranslator('de', { 'nav.label': { one: '{count} Termin', other: '{count} Termine' } });
    expect(de('nav.label', { count: 1 })).toBe('1 Termin');
    expect(de('nav.label', { count: 6034 })).toBe('6.034 Termine');
  });

  it('leaves an unknown placeholder as written instead of printing "undefined"', () => {
    const t = createTranslator('en', { 'nav.label': 'Hello {name} {other}' });
    expect(t('nav.label', { name: 'Aiko' })).toBe('Hello Aiko {other}');
  });
});
