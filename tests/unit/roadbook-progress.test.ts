import { describe, expect, it } from 'vitest';
import { prepareTasks, taskKey } from '../../src/lib/roadbook/tasks.ts';
import { bookCounts, chapterCounts, describeTasks, doneTasks, parseProgress, reconcile, similarity } from '../../src/lib/roadbook/progress.ts';
import { english } from '../../src/i18n/i18n.ts';

describe('taskKey', () => {
  it('is the text as a slug: lower case, accents and punctuation gone', () => {
    expect(taskKey('Share the friction log in #devrel. Lucía passes findings to Engineering')).toBe('share-the-friction-log-in-devrel-lucia-passes-findings-to-engineering');
    expect(taskKey('  Q&A: 20 forum questions!  ')).toBe('q-a-20-forum-questions');
    expect(taskKey('日本語のタスク')).toBe('日本語のタスク');
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
