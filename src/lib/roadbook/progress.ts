/**
 * A reader's place in the roadbook, kept in their browser (localStorage), never on a
 * server: which chapters they marked read and which tasks they ticked, by chapter id
 * (the file name without its number, so reordering chapters keeps it) and task key
 * (src/lib/roadbook/tasks.ts). Pure functions, shared by the page script and the tests.
 *
 * When a task's wording changes slightly, its key changes too; a saved key that matches
 * no current task is matched to the most similar unticked current task when at least
 * `similarEnough` of their words are shared, and saved under the new key next time the
 * chapter is opened. A removed task (or one reworded beyond recognition) is forgotten
 * at that moment; until then it counts for nothing, since progress counts current tasks only.
 */

/** One chapter's saved state. */
export interface ChapterProgress {
  /** The reader marked the chapter read. */
  read?: boolean;
  /** Keys of the tasks ticked, as they were when ticked. */
  done: string[];
}

/** Everything saved, under one localStorage key. */
export interface BookProgress {
  v: 1;
  chapters: Record<string, ChapterProgress>;
}

/** Share of words two task keys must have in common to be the same task reworded. */
export const similarEnough = 0.7;

export const emptyProgress = (): BookProgress => ({ v: 1, chapters: {} });

/** Reads saved progress; anything unreadable or of another version starts afresh. */
export function parseProgress(json: string | null): BookProgress {
  try {
    const value = JSON.parse(json ?? '') as Partial<BookProgress>;
    if (value?.v !== 1 || typeof value.chapters !== 'object' || !value.chapters) return emptyProgress();
    const chapters: Record<string, ChapterProgress> = {};
    for (const [id, chapter] of Object.entries(value.chapters)) {
      const done = Array.isArray(chapter?.done) ? chapter.done.filter((key): key is string => typeof key === 'string') : [];
      chapters[id] = chapter?.read === true ? { read: true, done } : { done };
    }
    return { v: 1, chapters };
  } catch {
    return emptyProgress();
  }
}

/**
 * A key as keys were written before they knew other scripts, for comparing with one: no
 * word breaks (a Japanese task was one word), composed (Korean was saved as separate jamo).
 */
const looseKey = (key: string): string => key.normalize('NFC').replace(/-/g, '');

/**
 * Share of the words of the longer key that the other key has too (0 to 1); 1 for two
 * keys that differ only in where their words break or in Unicode form, so a tick saved
 * under an older key of the same text is kept.
 */
export function similarity(a: string, b: string): number {
  if (a && looseKey(a) === looseKey(b)) return 1;
  const left = new Set(a.split('-').filter(Boolean));
  const right = new Set(b.split('-').filter(Boolean));
  const size = Math.max(left.size, right.size);
  if (!size) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / size;
}

/**
 * Which current tasks are done: those whose key was saved, then those a leftover saved
 * key resembles closely enough (best pairs first, each used once). In `current`'s order.
 */
export function doneTasks(saved: readonly string[], current: readonly string[]): string[] {
  const done = new Set(current.filter((key) => saved.includes(key)));
  const leftover = saved.filter((key) => !current.includes(key));
  const open = current.filter((key) => !done.has(key));
  const pairs = leftover.flatMap((old) => open.map((key) => ({ key, old, score: similarity(old, key) })))
    .filter((pair) => pair.score >= similarEnough)
    .sort((a, b) => b.score - a.score);
  const usedOld = new Set<string>();
  for (const pair of pairs) {
    if (done.has(pair.key) || usedOld.has(pair.old)) continue;
    done.add(pair.key);
    usedOld.add(pair.old);
  }
  return current.filter((key) => done.has(key));
}

/** A chapter's state rewritten for its current tasks: reworded keys renewed, removed ones dropped. */
export function reconcile(chapter: ChapterProgress | undefined, current: readonly string[]): ChapterProgress {
  const done = doneTasks(chapter?.done ?? [], current);
  return chapter?.read ? { read: true, done } : { done };
}

/** "2 of 5 tasks done" and the like, with the figures for a progress bar. */
export interface Counts {
  done: number;
  total: number;
}

export function chapterCounts(chapter: ChapterProgress | undefined, current: readonly string[]): Counts {
  return { done: doneTasks(chapter?.done ?? [], current).length, total: current.length };
}

/** The whole book: chapters read and tasks done, over the chapters the site has now. */
export function bookCounts(progress: BookProgress, chapters: readonly { id: string; tasks: readonly string[] }[]): { read: number; chapters: number; tasks: Counts } {
  let read = 0;
  const tasks: Counts = { done: 0, total: 0 };
  for (const { id, tasks: current } of chapters) {
    if (progress.chapters[id]?.read) read++;
    const counts = chapterCounts(progress.chapters[id], current);
    tasks.done += counts.done;
    tasks.total += counts.total;
  }
  return { read, chapters: chapters.length, tasks };
}

/** "2 of 5 tasks done" in the words of `t` (the plural follows the total); empty without tasks. */
export function describeTasks({ done, total }: Counts, t: (key: 'roadbook.tasksDone', values: { done: number; count: number }) => string): string {
  if (total === 0) return '';
  return t('roadbook.tasksDone', { done, count: total });
}
