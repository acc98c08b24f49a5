/**
 * The site's language as `npm run check` sees it: `locale:` refused with a suggestion
 * when it is no language tag, a warning for a likely slip, one warning for a language
 * with no shipped catalog, and `content/strings.yaml` checked entry by entry with lines.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type ContentReport } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { en } from '../../src/i18n/en/index.ts';
import { loadI18n } from '../../src/i18n/load.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const goodContent = path.join(projectRoot, 'tests/fixtures/good-content');
const site = (extra: string) => `title: Wiki\ntagline: Our team\ncompany: Acme\ncontact:\n  email: team@acme.example\n${extra}`;

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the good-content fixture with `files` written into it. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-language-'));
  roots.push(root);
  const dir = path.join(root, 'content');
  cpSync(goodContent, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
const check = (dir: string): ContentReport => checkContent(dir, path.dirname(dir), { now: new Date('2026-11-25T00:00:00Z') });
const lines = (report: ContentReport) => report.problems.filter((p) => p.file.endsWith('site.yaml') || p.file.endsWith('strings.yaml')).map((p) => `${p.severity}  ${formatProblem(p)}`);
const keyCount = Object.keys(en).length;

describe('locale: in site.yaml', () => {
  it.each([
    ['jp', 'content/site.yaml:6:1  locale  "jp" names no language Intl knows: did you mean "ja"? write a language tag like "en", "de", "ja" or "pt-BR"'],
    ['pt_BR', 'content/site.yaml:6:1  locale  "pt_BR" is not a language tag: did you mean "pt-BR"? write a language tag like "en", "de", "ja" or "pt-BR"'],
    ['english', 'content/site.yaml:6:1  locale  "english" names no language Intl knows: did you mean "en"? write a language tag like "en", "de", "ja" or "pt-BR"'],
    ['xx', 'content/site.yaml:6:1  locale  "xx" names no language Intl knows: write a language tag like "en", "de", "ja" or "pt-BR"'],
    ['de-XX', 'content/site.yaml:6:1  locale  "de-XX": XX is not a region Intl knows: did you mean "de"? write a language tag like "en", "de", "ja" or "pt-BR"'],
  ])('refuses %s with a suggestion', (tag, line) => {
    expect(lines(check(folder({ 'site.yaml': site(`locale: ${tag}\n`) })))).toEqual([`error  ${line}`]);
  });

  it('takes a tag written in any case and uses its canonical form', () => {
    const report = check(folder({ 'site.yaml': site('locale: pt-br\n') }));
    expect(lines(report)).toEqual([]);
    expect(report.site.locale).toBe('pt-BR');
  });

  it('warns about a tag that is a language, but rarely the one meant', () => {
    const report = check(folder({ 'site.yaml': site('locale: ko\n') }));
    expect(lines(report)).toEqual([]);
    expect(lines(check(folder({ 'site.yaml': site('locale: kr\n') })))[0]).toBe('warning  content/site.yaml:6:1  locale  "kr" is Kanuri; if you meant Korean, write "ko"');
  });

  it('a language with no shipped catalog works, with one warning counting the strings left in English', () => {
    const report = check(folder({ 'site.yaml': site('locale: it\n'), 'strings.yaml': 'nav.recaps: Resoconti\nnav.team: Squadra\n' }));
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(lines(report)).toEqual([
      `warning  content/site.yaml:6:1  locale  the wiki ships no Italian catalog, so ${keyCount - 2} of its ${keyCount} UI strings show in English  (translate them in content/strings.yaml (npm run strings lists the missing ones as YAML to fill in), or use one of the shipped languages: en, de, es, fr, ja, ko, pt-BR, zh-CN, ar)`,
    ]);
  });

  it('no warning for a regional variant of a shipped language (de-AT reads the German catalog)', () => {
    expect(lines(check(folder({ 'site.yaml': site('locale: de-AT\n') })))).toEqual([]);
  });
});

describe('content/strings.yaml', () => {
  it('reports every mistake at its line, with did-you-mean for keys and the placeholders expected', () => {
    const report = check(folder({
      'site.yaml': site('locale: de\n'),
      'strings.yaml': [
        'nav.recaps: Veranstaltungsberichte',
        'nav.recapz: Berichte',
        'Roadbook: Einarbeitung',
        'nav.team: "Team\\u001b[31m"',
        'nav.value:',
        '  one: Wert',
        '  other: Werte',
        '',
      ].join('\n'),
    }));
    expect(lines(report)).toEqual([
      'error  content/strings.yaml:2:1  nav.recapz  unknown string "nav.recapz": the wiki has no UI string with this key  (did you mean nav.recaps? Keys are listed in src/i18n/en/)',
      'error  content/strings.yaml:3:1  Roadbook  unknown string "Roadbook": the wiki has no UI string with this key  (did you mean nav.roadbook (shown as "Roadbook") or roadbook.title (shown as "Roadbook") or search.noScriptRoadbook (shown as "roadbook")? Keys are listed in src/i18n/en/)',
      'error  content/strings.yaml:4:1  nav.team  contains the control character U+001B  (a UI string is one line of plain text: remove line breaks, tabs and invisible control characters)',
      'error  content/strings.yaml:5:1  nav.value  this string has no count, so it takes one text, not plural forms  (write nav.value: your text)',
    ]);
  });

  it('a missing or unknown placeholder is an error; a plural override must give other, and forms the language lacks are never shown', () => {
    const report = check(folder({
      'site.yaml': site('locale: ja\n'),
      'strings.yaml': [
        'count.events:',
        '  one: "{count} 件"',
        'layout.pageTitle: "{page} | {nme}"',
        'count.people:',
        '  other: "人"',
        '',
      ].join('\n'),
    }));
    expect(lines(report)).toEqual([
      'error  content/strings.yaml:1:1  count.events  a plural string needs its "other" form  (add other: "…" (used for every count without a form of its own))',
      'warning  content/strings.yaml:2:3  count.events.one  ja has no "one" form, so this text is never shown  (the forms ja uses are other)',
      'error  content/strings.yaml:3:1  layout.pageTitle  unknown placeholder {nme}: this string has {page}, {site}  (use only {page}, {site}; write a literal brace as it would read in the text without braces)',
      'error  content/strings.yaml:3:1  layout.pageTitle  missing placeholder {site}: the page would leave out what it stands for  (the English text is "{page} · {site}"; keep every {placeholder} it has)',
      'error  content/strings.yaml:5:3  count.people.other  missing placeholder {count}: the page would leave out what it stands for  (the English text is "{count} people"; keep every {placeholder} it has)',
    ]);
  });

  it('a plural override may leave the number out of the forms that name it (one, two), not out of other', () => {
    const dir = folder({ 'site.yaml': site('locale: ar\n'), 'strings.yaml': 'count.events:\n  one: "فعالية واحدة"\n  two: "فعاليتان"\n  other: "{count} فعالية"\n' });
    expect(lines(check(dir))).toEqual([]);
    const { t } = loadI18n(dir, 'ar');
    expect([1, 2, 11].map((count) => t('count.events', { count }))).toEqual(['فعالية واحدة', 'فعاليتان', '11 فعالية']);
  });

  it('a valid file changes the words the build uses; an entry with a problem is left out, the rest apply', () => {
    const dir = folder({ 'site.yaml': site('locale: de\n'), 'strings.yaml': 'nav.recaps: Veranstaltungsberichte\nnav.team: "Wir\\nalle"\n' });
    const { t } = loadI18n(dir, 'de');
    expect(t('nav.recaps')).toBe('Veranstaltungsberichte');
    expect(t('nav.team')).not.toContain('\n');
  });

  it('a link in place of the file is refused (by the closed-world check, once) and never read', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-outside-'));
    roots.push(outside);
    writeFileSync(path.join(outside, 'secret.yaml'), 'nav.recaps: leaked\n');
    const dir = folder({});
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'strings.yaml'));
    expect(lines(check(dir))).toEqual(['error  content/strings.yaml  this is a symbolic link, and the wiki reads only plain files and folders in content/  (put the file itself here instead of a link to it (git rm the link, then add a copy))']);
    expect(loadI18n(dir, 'en').t('nav.recaps')).toBe('Recaps');
  });

  it('a huge file is refused without being parsed', () => {
    const dir = folder({ 'strings.yaml': `nav.recaps: "${'x'.repeat(600 * 1024)}"\n` });
    expect(lines(check(dir))).toEqual(['error  content/strings.yaml  strings.yaml is 600 KB, over the 512 KB the wiki reads for a file like it  (it holds one line per UI string: remove whatever else was pasted in)']);
  });

  it('YAML aliases cannot multiply the file', () => {
    const dir = folder({ 'strings.yaml': 'a: &a ["x","x","x","x"]\nb: &b [*a,*a,*a,*a]\nc: [*b,*b,*b,*b]\n' });
    const report = check(dir);
    expect(report.problems.some((p) => p.file.endsWith('strings.yaml') && p.severity === 'error')).toBe(true);
    expect(loadI18n(dir, 'en').t('nav.recaps')).toBe('Recaps');
  });
});
