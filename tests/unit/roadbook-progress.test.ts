import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareTasks, taskKey } from '../../src/lib/roadbook/tasks.ts';
import { bookCounts, chapterCounts, describeTasks, doneTasks, parseProgress, reconcile, similarity } from '../../src/lib/roadbook/progress.ts';
import { english } from '../../src/i18n/i18n.ts';

const roadbookDir = path.resolve(import.meta.dirname, '../../content/roadbook');

/** taskKey as it was before keys knew other scripts: what readers' saved ticks hold. */
const legacyKey = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');

/** The task lines of the sample roadbook, as authors wrote them. */
const sampleTasks = readdirSync(roadbookDir).flatMap((file) =>
  readFileSync(path.join(roadbookDir, file), 'utf8').split('\n').flatMap((line) => /^\s*[-*] \[[ xX]\] (.+)$/.exec(line)?.[1] ?? []),
);

describe('taskKey', () => {
  it('is the text as a slug: lower case, accents and punctuation gone', () => {
    expect(taskKey('Share the friction log in #devrel. Lucía passes findings to Engineering')).toBe('share-the-friction-log-in-devrel-lucia-passes-findings-to-engineering');
    expect(taskKey('  Q&A: 20 forum questions!  ')).toBe('q-a-20-forum-questions');
  });

  it('is what it was for every task written in Latin letters, so readers keep their ticks', () => {
    expect(sampleTasks.length).toBeGreaterThan(10);
    for (const task of sampleTasks) expect(taskKey(task), task).toBe(legacyKey(task));
    // And for any ASCII text, and Latin with accents, punctuation, ligatures and full-width forms.
    const alphabet = ' abcXYZ019-_.,:;!?#&@()[]{}\'"`~/\\|+=*%$^<>\t\n';
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(taskKey(text), JSON.stringify(text)).toBe(legacyKey(text));
    }
    for (const text of ['Lucía, Zoë & Ærø: ½ ﬁnal “draft”', 'Ｒｅａｄ the ＦＡＱ', 'Ça va? Señor Müller’s Straße', 'İstanbul ŞEHİR']) expect(taskKey(text), text).toBe(legacyKey(text));
  });

  it('keeps the marks that make another letter: voiced and unvoiced kana are two tasks', () => {
    expect(taskKey('デプロイ')).toBe('デプロイ');
    expect(taskKey('ホシゾラ')).not.toBe(taskKey('ホシソラ'));
    expect(taskKey('ハンドブックを読む')).not.toBe(taskKey('バンドブックを読む'));
    // In one chapter, ticking one leaves the other open.
    const both = [taskKey('ホシゾラを確認する'), taskKey('ホシソラを確認する')];
    expect(doneTasks([both[0]!], both)).toEqual([both[0]]);
    expect(doneTasks([both[1]!], both)).toEqual([both[1]]);
    expect(taskKey('हिन्दी पढ़ें')).toBe('हिन्दी-पढ़ें');
    expect(taskKey('Прочитай')).toBe('прочитай');
  });

  it('is the same for a task written composed or decomposed, full-width or half-width', () => {
    expect(taskKey('デプロイ手順を読む'.normalize('NFD'))).toBe(taskKey('デプロイ手順を読む'));
    expect(taskKey('ﾃﾞﾌﾟﾛｲ手順を読む')).toBe(taskKey('デプロイ手順を読む'));
  });

  it('splits scripts written without spaces into words, so a reworded task keeps its tick', () => {
    expect(taskKey('デプロイのやり方を読む')).toBe('デプロイ-の-やり方-を-読む');
    expect(taskKey('Node.jsをインストールする')).toBe('node-js-を-インストール-する');
    expect(taskKey('阅读团队页面并了解成员').split('-').length).toBeGreaterThan(4);
    expect(taskKey('อ่านหน้าทีมของเรา')).toBe('อ่าน-หน้า-ทีม-ของ-เรา');
    expect(taskKey('팀 페이지를 읽으세요')).toBe('팀-페이지를-읽으세요');
    // One word changed of five or more: still the same task.
    expect(doneTasks([taskKey('チームのページを読んでメンバーを知る')], [taskKey('チームのページを読んで全員を知る')])).toHaveLength(1);
    expect(doneTasks([taskKey('阅读团队页面并了解成员')], [taskKey('阅读团队页面并了解所有成员')])).toHaveLength(1);
    expect(doneTasks([taskKey('อ่านหน้าทีมของเรา')], [taskKey('อ่านหน้าทีมของเราทั้งหมด')])).toHaveLength(1);
    // A different task is not.
    expect(doneTasks([taskKey('チームのページを読む')], [taskKey('最初の登壇を準備する')])).toEqual([]);
  });

  it('still matches a tick saved under the old key of the same Japanese or Korean text', () => {
    // (Texts without voiced kana: the old key had lost those marks, so it named another text.)
    for (const text of ['日本語のタスク', 'チームの一覧を見る', '팀 페이지를 읽으세요']) {
      expect(doneTasks([legacyKey(text)], [taskKey(text)]), text).toEqual([taskKey(text)]);
    }
  });
});

describe('prepareTasks', () => {
  const item = (label: string, text = label) => `<li class="task-list-item"><input type="checkbox" disabled aria-label="${label}"/> ${text}</li>`;

  it('takes out the disabled checkbox and keys each item, in page order', () => {
    const html = `<ul class="contains-task-list">${item('Read the team page', 'Read the <a href="/team/">team page</a>')}${item('Ask &quot;why&quot; &amp; listen')}</ul><ul><li>Plain item</li></ul>`;
    const { html: out, keys } = prepareTasks(html);
    expect(keys).toEqual(['read-the-team-page', 'ask-why-listen']);
    expect(out).toBe('<ul class="contains-task-list"><li class="task-list-item" data-task="read-the-team-page">Read the <a href="/team/">team page</a></li>'
      + '<li class="task-list-item" data-task="ask-why-listen">Ask &quot;why&quot; &amp; listen</li></ul><ul><li>Plain item</li></ul>');
  });

  it('keeps a loose list item\'s paragraph, and numbers repeated tasks', () => {
    const loose = '<li class="task-list-item">\n<p><input type="checkbox" disabled aria-label="Rehearse"/> Rehearse</p>\n</li>';
    const { html, keys } = prepareTasks(loose + loose);
    expect(keys).toEqual(['rehearse', 'rehearse-2']);
    expect(html).toContain('<li class="task-list-item" data-task="rehearse">\n<p>Rehearse</p>');
    expect(html).not.toContain('<input');
  });
});

describe('matching saved tasks to the current ones', () => {
  it('measures shared words against the longer key', () => {
    expect(similarity('book-a-call-with-your-buddy', 'book-a-short-call-with-your-buddy')).toBeCloseTo(6 / 7);
    expect(similarity('a-b', 'c-d')).toBe(0);
    expect(similarity('', '')).toBe(0);
  });

  it('keeps exact keys, follows a slight rewording, and drops removed tasks', () => {
    const saved = ['install-the-cli', 'book-a-call-with-your-buddy-for-friday', 'a-removed-task'];
    const current = ['book-a-short-call-with-your-buddy-for-friday', 'install-the-cli', 'something-else-entirely'];
    expect(doneTasks(saved, current)).toEqual(['book-a-short-call-with-your-buddy-for-friday', 'install-the-cli']);
  });

  it('does not take a rewording for a different task', () => {
    expect(doneTasks(['read-the-team-page'], ['read-the-recaps-page-and-the-team-list'])).toEqual([]);
  });

  it('gives each old key to one current task only, the most similar', () => {
    expect(doneTasks(['answer-three-forum-questions'], ['answer-three-forum-questions-today', 'answer-three-forum-questions-with-a-reviewer-today'])).toEqual(['answer-three-forum-questions-today']);
  });

  it('reconciles a chapter to its current tasks, keeping "read"', () => {
    expect(reconcile({ read: true, done: ['old-task', 'install-the-cli'] }, ['install-the-cli', 'new-task'])).toEqual({ read: true, done: ['install-the-cli'] });
    expect(reconcile(undefined, ['x'])).toEqual({ done: [] });
  });
});

describe('progress figures', () => {
  const progress = parseProgress(JSON.stringify({ v: 1, chapters: { week: { read: true, done: ['a', 'b', 'gone'] }, talks: { done: ['c'] } } }));

  it('counts current tasks only', () => {
    expect(chapterCounts(progress.chapters.week, ['a', 'b', 'c'])).toEqual({ done: 2, total: 3 });
    expect(describeTasks({ done: 2, total: 5 }, english.t)).toBe('2 of 5 tasks done');
    expect(describeTasks({ done: 0, total: 1 }, english.t)).toBe('0 of 1 task done');
    expect(describeTasks({ done: 0, total: 0 }, english.t)).toBe('');
  });

  it('sums the book over the chapters the site has now', () => {
    expect(bookCounts(progress, [{ id: 'week', tasks: ['a', 'b'] }, { id: 'talks', tasks: ['c', 'd'] }, { id: 'new', tasks: [] }]))
      .toEqual({ read: 1, chapters: 3, tasks: { done: 3, total: 4 } });
  });

  it('starts afresh from anything unreadable', () => {
    for (const bad of [null, '', 'not json', '[]', '{"v":2,"chapters":{}}', '{"v":1}']) expect(parseProgress(bad)).toEqual({ v: 1, chapters: {} });
    expect(parseProgress('{"v":1,"chapters":{"x":{"read":"yes","done":["a",3]}}}')).toEqual({ v: 1, chapters: { x: { done: ['a'] } } });
  });
});
