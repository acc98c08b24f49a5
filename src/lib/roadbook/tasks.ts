/**
 * Roadbook checklists, made the reader's own. The Markdown pipeline renders `- [ ] Do
 * this` as a disabled checkbox (named by src/integrations/task-list-labels.ts). On
 * roadbook pages the build takes that dead control out and gives the item a stable key
 * instead; src/scripts/roadbook-progress.ts puts a working checkbox back. Without
 * JavaScript the checklist reads as a plain list.
 *
 * A task's key is its text as a slug ("Read the team page" → `read-the-team-page`):
 * the same after a rebuild that reorders tasks or chapters, and close enough after a
 * slight rewording for src/lib/roadbook/progress.ts to recognise it.
 */

/** The task's text as a key: lower case, accents and punctuation dropped, words joined by `-`. */
export function taskKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (text: string): string => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name]!);

/**
 * A rendered task item: the item (maybe with a paragraph, in a loose list) opening with
 * the checkbox, whose `aria-label` holds the item's text.
 */
const taskItemPattern = /<li class="task-list-item">(\s*<p>)?\s*<input type="checkbox"[^>]*?aria-label="([^"]*)"[^>]*>\s*/g;

export interface PreparedTasks {
  html: string;
  /** The keys of the chapter's tasks, in page order, each once. */
  keys: string[];
}

/**
 * Takes the disabled checkboxes out of a chapter's rendered HTML and marks each task
 * item with `data-task="<key>"`. Two tasks with the same text get `-2`, `-3`… so every
 * key on a page is unique. An author's `- [x]` starts unticked like any other: in the
 * roadbook, ticks are the reader's.
 */
export function prepareTasks(html: string): PreparedTasks {
  const keys: string[] = [];
  const out = html.replace(taskItemPattern, (_item: string, paragraph: string | undefined, label: string) => {
    const base = taskKey(decode(label)) || 'task';
    let key = base;
    for (let n = 2; keys.includes(key); n++) key = `${base}-${n}`;
    keys.push(key);
    return `<li class="task-list-item" data-task="${key}">${paragraph ?? ''}`;
  });
  return { html: out, keys };
}
