/**
 * Roadbook checklists, made the reader's own. The Markdown pipeline renders `- [ ] Do
 * this` as a disabled checkbox (named by src/integrations/task-list-labels.ts). On
 * roadbook pages the build takes that dead control out and gives the item a stable key
 * instead; src/scripts/roadbook-progress.ts puts a working checkbox back. Without
 * JavaScript the checklist reads as a plain list.
 *
 * A task's key is its text as a slug ("Read the team page" → `read-the-team-page`):
 * the same after a rebuild that reorders tasks or chapters, and close enough after a
 * slight rewording for src/lib/roadbook/progress.ts to recognise it. Its words are the
 * text's words in any script: split at spaces and punctuation, and, in scripts written
 * without spaces (Chinese, Japanese, Thai…), by Intl.Segmenter ("デプロイ手順を読む" →
 * `デプロイ-手順-を-読む`), so "70 % of words shared" means the same in every language.
 */

/** Scripts written without spaces between words: their runs are split by a word segmenter. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** The words of a run of letters, marks and digits: itself, or its segments where it needs them. */
function wordsOf(run: string): string[] {
  if (!unspaced.test(run)) return [run];
  return [...segmenter.segment(run)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/**
 * The task's text as a key: lower case, words joined by `-`. Accents come off Latin letters
 * (so a Latin task keeps the key it had before keys knew other scripts: readers keep their
 * ticks) and nothing else loses a mark: デプロイ stays デプロイ, not テフロイ, and ホシゾラ and
 * ホシソラ are two tasks. Compatibility forms are folded (half-width ｶﾅ, full-width Ａ).
 */
export function taskKey(text: string): string {
  const folded = text
    .normalize('NFKD')
    // Marks on a Latin letter, or on nothing (a mark after a space or punctuation).
    .replace(/(^|[^\p{L}\p{M}]|\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase();
  return (folded.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).flatMap(wordsOf).join('-');
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
