/**
 * The reader's place in the roadbook (src/lib/roadbook/progress.ts): working checkboxes
 * on each chapter's tasks, "I have read this chapter", progress on the chapter
 * ("Chapter 3 of 7 · 2 of 5 tasks done"), ticks in the chapter list beside it, and on
 * the index, with a reset. Saved in this browser's localStorage only. Loaded on
 * roadbook pages only. Its words come from the page's `data-roadbook-strings`
 * (src/i18n/roadbook-strings.ts), in the site's language.
 */
import { bookCounts, chapterCounts, describeTasks, emptyProgress, parseProgress, reconcile, type BookProgress } from '../lib/roadbook/progress.ts';
import { readClientStrings } from '../i18n/client.ts';

const { t } = readClientStrings(document.querySelector<HTMLElement>('[data-roadbook-strings]')?.dataset.roadbookStrings);

/** One wiki per base path, even when several share a host. */
const storageKey = `devrel-wiki:roadbook:${import.meta.env.BASE_URL}`;

function load(): BookProgress {
  try {
    return parseProgress(localStorage.getItem(storageKey));
  } catch {
    // Storage blocked (a privacy setting): progress lasts as long as the page.
    return emptyProgress();
  }
}

function save(progress: BookProgress): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(progress));
  } catch {
    // As in load(): nothing to do but keep going.
  }
}

let progress = load();
const tasksOf = (element: HTMLElement): string[] => (element.dataset.tasks ?? '').split(' ').filter(Boolean);
const chapterOf = (id: string) => (progress.chapters[id] ??= { done: [] });

/** Puts a working checkbox on each task of a chapter, ticked as saved. */
function enhanceChapter(container: HTMLElement): void {
  const id = container.dataset.roadbookChapter!;
  const keys = tasksOf(container);
  // Reworded tasks get their new keys, removed ones are forgotten (see progress.ts).
  progress.chapters[id] = reconcile(progress.chapters[id], keys);
  save(progress);
  for (const item of container.querySelectorAll<HTMLElement>('li[data-task]')) {
    const key = item.dataset.task!;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `task-${id}-${key}`;
    box.dataset.taskBox = key;
    box.checked = progress.chapters[id]!.done.includes(key);
    // A loose list puts the text in a paragraph: the box goes in front of it.
    const holder = item.firstElementChild?.tagName === 'P' ? (item.firstElementChild as HTMLElement) : item;
    if (holder.querySelector('a, button, input')) {
      // Links inside cannot sit in a label: name the box after the text instead.
      box.setAttribute('aria-label', (item.textContent ?? '').replace(/\s+/g, ' ').trim());
      holder.prepend(box, ' ');
    } else {
      // A label makes the whole line a target for the pointer, not just the box.
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.append(...holder.childNodes);
      holder.replaceChildren(box, ' ', label);
    }
    box.addEventListener('change', () => {
      const chapter = chapterOf(id);
      chapter.done = box.checked ? [...new Set([...chapter.done, key])] : chapter.done.filter((done) => done !== key);
      save(progress);
      render();
    });
  }
  container.classList.add('tickable');
}

/** Writes every progress text on the page from the saved state. */
function render(): void {
  for (const status of document.querySelectorAll<HTMLElement>('[data-chapter-status]')) {
    const id = status.dataset.chapterStatus!;
    const container = document.querySelector<HTMLElement>(`[data-roadbook-chapter="${CSS.escape(id)}"]`);
    // Follows "Roadbook progress: chapter 3 of 7" on the page: "2 of 5 tasks done · marked read".
    const parts = [describeTasks(chapterCounts(progress.chapters[id], container ? tasksOf(container) : []), t)];
    parts.push(progress.chapters[id]?.read ? t('roadbook.markedRead') : t('roadbook.notMarkedRead'));
    status.textContent = parts.filter(Boolean).join(t('roadbook.separator'));
    status.hidden = false;
  }
  for (const mark of document.querySelectorAll<HTMLElement>('[data-mark-read]')) {
    mark.querySelector('input')!.checked = Boolean(progress.chapters[mark.dataset.markRead!]?.read);
    mark.hidden = false;
  }
  // The chapter list beside a chapter: a tick on each chapter the reader marked read.
  for (const tick of document.querySelectorAll<HTMLElement>('[data-chapter-read]')) {
    tick.hidden = !progress.chapters[tick.dataset.chapterRead!]?.read;
  }
  const entries = [...document.querySelectorAll<HTMLElement>('[data-progress-chapter]')];
  for (const entry of entries) {
    const id = entry.dataset.progressChapter!;
    const read = progress.chapters[id]?.read;
    entry.textContent = [read ? t('roadbook.read') : t('roadbook.notRead'), describeTasks(chapterCounts(progress.chapters[id], tasksOf(entry)), t)].filter(Boolean).join(t('roadbook.separator'));
    entry.classList.toggle('read', Boolean(read));
    entry.hidden = false;
  }
  const summary = document.querySelector<HTMLElement>('[data-book-progress]');
  if (summary && entries.length) {
    const book = bookCounts(progress, entries.map((entry) => ({ id: entry.dataset.progressChapter!, tasks: tasksOf(entry) })));
    summary.querySelector('[data-book-counts]')!.textContent = book.tasks.total
      ? t('roadbook.bookCountsTasks', { read: book.read, count: book.chapters, tasks: describeTasks(book.tasks, t) })
      : t('roadbook.bookCounts', { read: book.read, count: book.chapters });
    summary.hidden = false;
    // "Start reading" becomes "Continue" at the first chapter not yet read.
    const next = entries.find((entry) => !progress.chapters[entry.dataset.progressChapter!]?.read);
    const start = document.querySelector<HTMLAnchorElement>('[data-book-continue]');
    if (start) {
      start.dataset.label ??= start.textContent ?? '';
      const started = book.read > 0 || book.tasks.done > 0;
      start.textContent = started && next ? t('roadbook.continue', { title: next.dataset.title ?? '' }) : start.dataset.label;
      start.href = (started && next ? next : entries[0]!).dataset.href!;
    }
  }
}

for (const container of document.querySelectorAll<HTMLElement>('[data-roadbook-chapter]')) enhanceChapter(container);

for (const mark of document.querySelectorAll<HTMLElement>('[data-mark-read]')) {
  mark.querySelector('input')!.addEventListener('change', (event) => {
    const chapter = chapterOf(mark.dataset.markRead!);
    if ((event.target as HTMLInputElement).checked) chapter.read = true;
    else delete chapter.read;
    save(progress);
    render();
  });
}

document.querySelector('[data-book-reset]')?.addEventListener('click', () => {
  if (!confirm(t('roadbook.resetConfirm'))) return;
  progress = emptyProgress();
  save(progress);
  for (const box of document.querySelectorAll<HTMLInputElement>('[data-task-box]')) box.checked = false;
  render();
});

// Another tab ticked something: show it here too.
addEventListener('storage', (event) => {
  if (event.key !== storageKey) return;
  progress = load();
  for (const box of document.querySelectorAll<HTMLInputElement>('[data-task-box]')) {
    const id = box.closest<HTMLElement>('[data-roadbook-chapter]')!.dataset.roadbookChapter!;
    box.checked = Boolean(progress.chapters[id]?.done.includes(box.dataset.taskBox!));
  }
  render();
});

render();
