/**
 * Ids and tags in any script (src/schemas/ids.ts): what `npm run new` and `npm run init`
 * make from a title, what the checker accepts as a file name or reference, and that a name
 * typed on a Mac (NFD) and on Linux (NFC) are one id.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { entryId, tag } from '../../src/schemas/common.ts';
import { idProblem, isId, makeId, makeTag, maxIdBytes, normalizeTag, tagProblem, utf8Bytes } from '../../src/schemas/ids.ts';

describe('makeId: a title in any script becomes an id that keeps its words', () => {
  it.each([
    ['Japanese', 'ミートアップ参加者', 'ミートアップ参加者'],
    ['Japanese with Latin and digits', 'JSConf JP 2026 東京', 'jsconf-jp-2026-東京'],
    ['a Japanese name', '星野 美咲', '星野-美咲'],
    ['Chinese', '上海 开发者 大会 2026', '上海-开发者-大会-2026'],
    ['Korean', '서울 개발자 밋업', '서울-개발자-밋업'],
    ['Arabic', 'ليلى المنصوري', 'ليلى-المنصوري'],
    ['Cyrillic, in lower case', 'Москва: Встреча разработчиков', 'москва-встреча-разработчиков'],
    ['Greek', 'Αθήνα 2026', 'αθήνα-2026'],
    ['Devanagari, its vowel signs kept', 'हिन्दी सम्मेलन', 'हिन्दी-सम्मेलन'],
    ['accented Latin, folded as before', 'Café Días: KubeCon EU!', 'cafe-dias-kubecon-eu'],
    ['Latin letters without a decomposition', 'Łódź & Straße — Ærø', 'lodz-and-strasse-aero'],
    ['Turkish and Azerbaijani', 'İstanbul Ayşə Əliyeva', 'istanbul-ayse-eliyeva'],
    ['half-width kana and full-width Latin', 'ﾐｰﾄｱｯﾌﾟ ＪＳＣｏｎｆ　２０２６', 'ミートアップ-jsconf-2026'],
  ])('%s: %s → %s', (_, title, id) => {
    expect(makeId(title)).toBe(id);
    expect(idProblem(id)).toBeUndefined();
  });

  it('keeps the voicing marks that make another kana: デプロイ is not テフロイ, ホシゾラ not ホシソラ', () => {
    expect(makeId('デプロイ')).toBe('デプロイ');
    expect(makeId('ホシゾラ')).not.toBe(makeId('ホシソラ'));
  });

  it('gives two cities on the same day two ids', () => {
    expect(makeId('Meetup 大阪 #6')).toBe('meetup-大阪-6');
    expect(makeId('Meetup 東京 #6')).toBe('meetup-東京-6');
  });

  it('makes the same id from a title typed on a Mac (NFD) as on Linux (NFC)', () => {
    for (const title of ['デプロイ 手順', 'São Paulo', '한국어 제목', 'Ёлка']) {
      expect(makeId(title.normalize('NFD'))).toBe(makeId(title.normalize('NFC')));
      expect(makeId(title.normalize('NFD'))).toBe(makeId(title).normalize('NFC'));
    }
  });

  it('uses "and" for & only in a Latin title, and drops invisible joiners', () => {
    expect(makeId('R&D Summit')).toBe('r-and-d-summit');
    expect(makeId('R&D 東京')).toBe('r-d-東京');
    expect(makeId('می‌خواهم')).toBe('میخواهم');
  });

  it('is empty when nothing is left to name a file by', () => {
    expect(makeId('  --  ')).toBe('');
    expect(makeId('🚀🎉')).toBe('');
  });

  it('shortens a long title at a word, counting bytes, never cutting a letter in two', () => {
    const english = makeId('A very long recap title about everything that happened at the conference this spring');
    expect(english).toBe('a-very-long-recap-title-about-everything-that-happened-at');
    const japanese = makeId('第6回 東京 DevRel ミートアップ 振り返りと学びの会 二〇二六年春');
    expect(japanese).toBe('第6回-東京-devrel-ミートアップ');
    const unbroken = makeId('あ'.repeat(100));
    expect(unbroken).toBe('あ'.repeat(20));
    const devanagari = makeId('क्षि'.repeat(20));
    expect(utf8Bytes(devanagari)).toBeLessThanOrEqual(60);
    expect(devanagari.length % 'क्षि'.length).toBe(0);
    for (const id of [english, japanese, unbroken, devanagari]) expect(isId(id)).toBe(true);
  });
});

describe('idProblem: what stays refused', () => {
  it.each([
    ['', 'an id cannot be empty'],
    ['Ana-Ruiz', 'ids are written in lower case'],
    ['joão-conceição', 'ids write Latin letters without accents'],
    ['ｊｓｃｏｎｆ', 'ids use plain letters and digits, not full-width or other compatibility forms'],
    ['デプロイ'.normalize('NFD'), 'the id is written in decomposed Unicode (NFD): write it composed (NFC), as typed on a keyboard'],
    ['con', '"con" is a name Windows reserves for a device, so the file could not be checked out there'],
    ['lpt1', '"lpt1" is a name Windows reserves for a device, so the file could not be checked out there'],
    ['星野\u3164美咲', 'the id holds an invisible character (a joiner, direction mark or filler): delete it'],
    ['میخواهم\u200c', 'the id holds an invisible character (a joiner, direction mark or filler): delete it'],
  ])('%j: %s', (id, problem) => {
    expect(idProblem(id)).toBe(problem);
  });

  it.each(['../secrets', 'a/b', 'a\\b', '.hidden', 'a..b', 'a b', 'a\u0000b', 'a\nb', 'a\u001b[31m', 'a\u200db', 'a\u202eb', '-a', 'a-', 'a--b', 'vue.js', 'ゔ\u0301'.slice(1)])(
    '%j is not an id',
    (id) => expect(isId(id)).toBe(false),
  );

  it('bounds the length in bytes, not letters', () => {
    expect(isId('a'.repeat(maxIdBytes))).toBe(true);
    expect(idProblem('a'.repeat(maxIdBytes + 1))).toMatch(/^the id is 121 bytes long; ids may have at most 120/);
    expect(isId('東'.repeat(40))).toBe(true);
    expect(isId('東'.repeat(41))).toBe(false);
  });

  it('accepts words of any script, marks and digits included', () => {
    for (const id of ['星野-美咲', 'ليلى-المنصوري', 'москва', 'हिन्दी', 'ภาษาไทย', 'مؤتمر-٢٠٢٦', '人々', 'コーヒー']) expect(idProblem(id), id).toBeUndefined();
  });
});

describe('entryId: references compare composed', () => {
  it('takes a decomposed reference as the composed id, and refuses the rest with a suggestion', () => {
    expect(entryId.parse('ホシゾラ'.normalize('NFD'))).toBe('ホシゾラ');
    expect(entryId.safeParse('星野 美咲').error?.issues[0]?.message).toBe('"星野 美咲" is not an id: ids are words (letters and digits of any script) joined by single dashes, without spaces or other punctuation; did you mean "星野-美咲"?');
  });
});

describe('hostile values', () => {
  it('are quoted cut short in the message', () => {
    const message = entryId.safeParse('Ab'.repeat(10_000)).error!.issues[0]!.message;
    expect(message.length).toBeLessThan(400);
    expect(message).toMatch(/^"(Ab){40}…" is not an id: the id is 20000 bytes long/);
  });
});

describe('tags in any script', () => {
  it('are one tag whatever the case or form they were typed in', () => {
    expect(tag.parse('Vue.js')).toBe('vue.js');
    expect(tag.parse('技術書典')).toBe('技術書典');
    expect(tag.parse(' Open-Source ')).toBe('open-source');
    expect(tag.parse('ＡＩ')).toBe('ai');
    expect(tag.parse('ﾃﾞﾌﾞﾛｸﾞ')).toBe('デブログ');
    expect(tag.parse('Café')).toBe('café');
    expect(tag.parse('ДевРел')).toBe('деврел');
    expect(tag.parse('ホシゾラ'.normalize('NFD'))).toBe(tag.parse('ホシゾラ'));
  });

  it('refuse what cannot be a page address, suggesting one that can', () => {
    expect(tag.safeParse('open source').error?.issues[0]?.message).toMatch(/did you mean "open-source"\?$/);
    expect(makeTag('C++')).toBe('cpp');
    expect(makeTag('C#')).toBe('csharp');
    expect(makeTag('#技術書典')).toBe('技術書典');
    expect(makeTag('vue .js')).toBe('vue.js');
    for (const bad of ['..', '.hidden', 'a/b', 'vue.', 'a\nb', 'nul', 'x'.repeat(101), '技術\u3164書典', 'a\u034fb']) expect(tagProblem(normalizeTag(bad)), bad).toBeDefined();
  });
});

describe('file names in the content check', () => {
  /** A content folder with one person and a program they own, their file named `name`. */
  function wiki(name: string, owner: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ids-'));
    mkdirSync(path.join(dir, 'team'));
    mkdirSync(path.join(dir, 'programs'));
    writeFileSync(path.join(dir, 'team', `${name}.yaml`), 'name: 星野 美咲\nrole: Developer Advocate\nfocus: [コミュニティ]\ntimezone: Asia/Tokyo\nemail: misaki@example.com\n');
    writeFileSync(path.join(dir, 'programs', 'コミュニティ.mdx'), `---\ntitle: コミュニティ\nkind: community\nstatus: active\nsummary: 開発者コミュニティを育てる。\nowners: [${owner}]\noutcomes:\n  - outcome: 毎月ミートアップを開く\n    status: on-track\nstarted: 2026-01-01\nreviewed: 2026-11-01\n---\n本文。\n`);
    return dir;
  }
  const errors = (dir: string) => checkContent(dir, dir, { now: new Date('2026-11-25T00:00:00Z') }).problems.filter((p) => p.severity === 'error').map(formatProblem);

  it('accepts names and references in Japanese', () => {
    const dir = wiki('星野-美咲', '星野-美咲');
    expect(errors(dir)).toEqual([]);
    expect(checkContent(dir, dir).entries.map((e) => e.id).sort()).toEqual(['コミュニティ', '星野-美咲']);
  });

  it('gives a file named on a Mac (NFD) the same id as its composed name, and suggests renaming it', () => {
    const dir = wiki('ホシゾラ-デプロイ'.normalize('NFD'), 'ホシゾラ-デプロイ');
    const report = checkContent(dir, dir);
    expect(report.entries.find((e) => e.collection === 'team')?.id).toBe('ホシゾラ-デプロイ'.normalize('NFC'));
    expect(errors(dir)).toEqual([]);
    expect(report.problems.filter((p) => p.message.includes('decomposed')).map((p) => p.hint)).toEqual([
      'rename it to the composed form with git mv, then commit: ホシゾラ-デプロイ.yaml (git config core.precomposeUnicode true keeps it so on a Mac)',
    ]);
  });

  it('finds a reference written decomposed, and a twin file that differs only in form', () => {
    expect(errors(wiki('ホシゾラ', 'ホシゾラ'.normalize('NFD')))).toEqual([]);
    const dir = wiki('ホシゾラ', 'ホシゾラ');
    writeFileSync(path.join(dir, 'team', `${'ホシゾラ'.normalize('NFD')}.yaml`), 'name: x\nrole: y\nfocus: [z]\ntimezone: UTC\nemail: x@example.com\n');
    expect(errors(dir).map((line) => line.normalize('NFC'))).toEqual([
      'team/ホシゾラ.yaml  duplicate team member id "ホシゾラ": team/ホシゾラ.yaml has the same id  (the two file names differ only in how Unicode stores them (one is decomposed, NFD): keep one file and delete the other)',
    ]);
  });

  it('tells a name with spaces or capitals the id to use', () => {
    expect(errors(wiki('星野 美咲', '星野-美咲'))).toContain(
      'team/星野 美咲.yaml  file name "星野 美咲.yaml" does not follow the convention  (rename it to 星野-美咲.yaml: ids are words (letters and digits of any script) joined by single dashes, without spaces or other punctuation, so the page\'s address works everywhere)',
    );
  });
});
