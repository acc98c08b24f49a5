/**
 * What a page says where a list has nothing in it yet: what belongs there and the one
 * command that adds the first entry. A new team's wiki is mostly empty lists, so each
 * one tells them what to write first instead of showing a heading with nothing under it.
 * The commands name no entry of any team: `npm run new` asks for the rest in a terminal.
 * The sentence and the example title are UI strings (`empty.<collection>` and
 * `empty.<collection>.example`), so a Japanese wiki suggests a Japanese title.
 */
import type { Translate } from '../i18n/translate.ts';
import type { CollectionName } from '../schemas/collections.ts';

export interface EmptyState {
  /** One sentence: what this list will hold. */
  what: string;
  /** The command that creates the first entry. */
  command: string;
}

/** The `npm run new` type of each collection. */
const newType: Record<CollectionName, string> = {
  team: 'person',
  departments: 'department',
  priorities: 'priority',
  programs: 'program',
  recaps: 'recap',
  roadbook: 'chapter',
  meetings: 'meeting',
  updates: 'update',
  syncs: 'sync',
  metrics: 'metric',
};

/** The empty state of a collection's list, in the words of `t`. */
export function emptyState(collection: CollectionName, t: Translate): EmptyState {
  // A quote inside a team's own example would end the shell argument early.
  const example = t(`empty.${collection}.example`).replace(/"/g, '');
  return { what: t(`empty.${collection}`), command: `npm run new -- ${newType[collection]} "${example}"` };
}

export const collectionsWithEmptyStates = Object.keys(newType) as CollectionName[];
