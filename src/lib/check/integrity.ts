/**
 * Cross-entry rules no single schema can see: references resolve, ids are unique,
 * roadbook positions are unique. Astro's `reference()` only warns at runtime about a
 * missing target, so this is the check that actually stops a broken build.
 */
import { collections, type CollectionName, type ReferenceRule } from '../../schemas/collections.ts';
import { didYouMean } from '../did-you-mean.ts';
import { makeId, maxIdBytes, normalizeId } from '../../schemas/ids.ts';
import { formatFieldPath, type Problem } from './problem.ts';

/** What integrity needs to know about an entry. `raw` is the data as written, before defaults. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  raw: unknown;
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

const singular: Record<CollectionName, string> = {
  team: 'team member',
  departments: 'department',
  priorities: 'priority',
  programs: 'program',
  recaps: 'recap',
  roadbook: 'roadbook chapter',
  meetings: 'meeting',
  updates: 'update',
  syncs: 'sync',
  metrics: 'metric',
};

/** Every concrete path and string value a rule matches in `data`, expanding `*` over arrays. */
export function valuesAt(data: unknown, rule: ReferenceRule['path']): Array<{ path: PropertyKey[]; value: string }> {
  let frontier: Array<{ path: PropertyKey[]; value: unknown }> = [{ path: [], value: data }];
  for (const key of rule) {
    const next: typeof frontier = [];
    for (const { path, value } of frontier) {
      if (key === '*') {
        if (Array.isArray(value)) value.forEach((item, i) => next.push({ path: [...path, i], value: item }));
      } else if (value && typeof value === 'object' && !Array.isArray(value) && key in value) {
        next.push({ path: [...path, key], value: (value as Record<string, unknown>)[key] });
      }
    }
    frontier = next;
  }
  return frontier.filter((f): f is { path: PropertyKey[]; value: string } => typeof f.value === 'string');
}

export function checkIntegrity(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, Map<string, CheckedEntry>>();

  for (const entry of entries) {
    const byId = ids.get(entry.collection) ?? new Map<string, CheckedEntry>();
    ids.set(entry.collection, byId);
    const first = byId.get(entry.id);
    if (first) {
      problems.push({
        severity: 'error',
        file: entry.file,
        message: `duplicate ${singular[entry.collection]} id "${entry.id}": ${first.file} has the same id`,
        // Two names that look alike: one composed (NFC), one decomposed (NFD) as some Mac tools write it.
        hint: first.file.normalize('NFC') === entry.file.normalize('NFC')
          ? 'the two file names differ only in how Unicode stores them (one is decomposed, NFD): keep one file and delete the other'
          : 'ids come from file names: rename one of the two files',
      });
    } else {
      byId.set(entry.id, entry);
    }
  }

  for (const entry of entries) {
    for (const rule of collections[entry.collection].references) {
      const targets = ids.get(rule.to) ?? new Map();
      for (const { path, value: written } of valuesAt(entry.raw, rule.path)) {
        // Ids compare in NFC: a reference typed decomposed (NFD) names the same entry.
        const value = normalizeId(written);
        if (targets.has(value)) continue;
        // A file named with accents (joão-conceição.yaml) is itself told to take the
        // folded name; a reference already written that way is right, and is told so.
        const accented = [...targets.values()].find((target: CheckedEntry) => target.id !== value && makeId(target.id, maxIdBytes) === value);
        if (accented) {
          problems.push({
            severity: 'error',
            file: entry.file,
            ...entry.locate(path),
            field: formatFieldPath(path),
            message: `unknown ${singular[rule.to]} "${value}": the file is named ${accented.file.replace(/^.*\//, '')}`,
            hint: `this reference is right; rename ${accented.file} to ${value}${accented.file.replace(/^.*(\.[^.]+)$/, '$1')}`,
          });
          continue;
        }
        const suggestion = didYouMean(value, [...targets.keys()].map((id: string) => makeId(id, maxIdBytes) || id));
        problems.push({
          severity: 'error',
          file: entry.file,
          ...entry.locate(path),
          field: formatFieldPath(path),
          message: `unknown ${singular[rule.to]} "${value}"`,
          hint: suggestion || `no file content/${collections[rule.to].dir}/${value}.* exists; ids are file names without the extension`,
        });
      }
    }
  }

  const chapters = entries.filter((e) => e.collection === 'roadbook');
  const byOrder = new Map<number, CheckedEntry>();
  for (const chapter of chapters) {
    const order = (chapter.raw as { order?: unknown })?.order;
    if (typeof order !== 'number') continue;
    const first = byOrder.get(order);
    if (first) {
      problems.push({
        severity: 'error',
        file: chapter.file,
        ...chapter.locate(['order']),
        field: 'order',
        message: `order ${order} is already used by ${first.file}`,
        hint: `each chapter needs its own position; the next free one is ${Math.max(...byOrder.keys()) + 1}`,
      });
    } else {
      byOrder.set(order, chapter);
    }
  }
  return problems;
}
