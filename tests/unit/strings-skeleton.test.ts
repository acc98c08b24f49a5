/**
 * `npm run strings`: the lines a team adds to content/strings.yaml for a language the
 * wiki ships no catalog for. What it prints must pass the content check as printed (so
 * translating is only replacing text), list exactly the strings still in English, and
 * give each plural string the forms the language's numbers take.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import { readOverrides } from '../../src/i18n/overrides.ts';
import { stringsSkeleton } from '../../src/i18n/skeleton.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';

const keyCount = Object.keys(en).length;
const root = path.resolve(import.meta.dirname, '../..');

describe('the strings to translate for a language without a catalog', () => {
  it('lists every string for a new Italian wiki, as YAML the check accepts unchanged', () => {
    const skeleton = stringsSkeleton('it', {});
    expect(skeleton.count).toBe(keyCount);
    const { catalog, issues } = readOverrides(parse(skeleton.text), 'it');
    expect(issues).toEqual([]);
    expect(Object.keys(catalog)).toHaveLength(keyCount);
    expect(skeleton.text).toContain('# Recaps\nnav.recaps: Recaps\n');
  });

  it('leaves out what the team has translated already', () => {
    const skeleton = stringsSkeleton('it', { 'nav.recaps': 'Resoconti' });
    expect(skeleton.count).toBe(keyCount - 1);
    expect(skeleton.text).not.toMatch(/^nav\.recaps:/m);
    expect(skeleton.text).toMatch(/^nav\.programs:/m);
  });

  it("gives a plural string the forms the language's numbers take (Polish: one, few, many, other)", () => {
    const { catalog } = readOverrides(parse(stringsSkeleton('pl', {}).text), 'pl');
    expect(Object.keys(catalog['count.recaps'] as object)).toEqual(['one', 'few', 'many', 'other']);
  });

  it('has nothing to add for English or a shipped language (Austrian German reads German)', () => {
    for (const locale of ['en', 'de-AT', 'ar']) {
      const skeleton = stringsSkeleton(locale, {});
      expect(skeleton.count, locale).toBe(0);
      expect(parse(skeleton.text), locale).toBeNull();
    }
  });

  it('with --all, lists every string with the words the wiki shows now, overrides included', () => {
    const skeleton = stringsSkeleton('de', { 'nav.recaps': 'Veranstaltungsberichte' }, { all: true });
    expect(skeleton.count).toBe(keyCount);
    const shown = parse(skeleton.text) as Record<string, unknown>;
    expect(shown['nav.recaps']).toBe('Veranstaltungsberichte');
    expect(shown['nav.programs']).toBe('Programme');
  });

  it('ends the check\'s warning once its output is saved as content/strings.yaml', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-strings-')), 'content');
    cpSync(path.join(root, 'tests/fixtures/good-content'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'site.yaml'), `${readFileSync(path.join(dir, 'site.yaml'), 'utf8')}locale: it\n`);
    const languageProblems = () => checkContent(dir, path.dirname(dir)).problems.filter((p) => /(site|strings)\.yaml$/.test(p.file)).map((p) => p.message);
    expect(languageProblems()).toEqual([expect.stringContaining('ships no Italian catalog')]);
    const printed = spawnSync(process.execPath, ['scripts/strings.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, WIKI_CONTENT_DIR: dir } });
    expect(printed.status, printed.stderr).toBe(0);
    writeFileSync(path.join(dir, 'strings.yaml'), printed.stdout);
    expect(languageProblems()).toEqual([]);
  });
});
