/**
 * The content model in one table: where each collection's files live, which schema
 * validates them, how a file name becomes an id, and which fields reference other
 * collections. `src/content.config.ts` and the checker both read this, so the build
 * and `npm run check` can never disagree about the rules.
 */
import type { z } from 'astro/zod';
import { departmentSchema } from './departments.ts';
import { isId, normalizeId } from './ids.ts';
import { meetingSchema } from './meetings.ts';
import { metricSchema } from './metrics.ts';
import { prioritySchema } from './priorities.ts';
import { programSchema } from './programs.ts';
import { recapSchema } from './recaps.ts';
import { roadbookSchema } from './roadbook.ts';
import { syncSchema } from './syncs.ts';
import { teamSchema } from './team.ts';
import { updateSchema } from './updates.ts';

export type CollectionName =
  | 'team'
  | 'departments'
  | 'priorities'
  | 'programs'
  | 'recaps'
  | 'roadbook'
  | 'meetings'
  | 'updates'
  | 'syncs'
  | 'metrics';

/**
 * A field that names entries of another collection. `path` is a key path in the
 * entry's data; `*` stands for every element of an array.
 */
export interface ReferenceRule {
  path: readonly (string | '*')[];
  to: CollectionName;
}

export interface CollectionSpec {
  /** Folder under `content/`. */
  dir: string;
  /** Glob of the entry files, relative to `dir`. */
  pattern: string;
  /** Prose collections have a Markdown body; data collections are YAML only. */
  kind: 'prose' | 'data';
  schema: z.ZodType;
  references: readonly ReferenceRule[];
  /** How the file name is written, shown when a file does not follow it. */
  naming: string;
  /** The rule the file name (without folder and extension, in NFC) must follow. */
  fileName: { test(stem: string): boolean };
  /** Frontmatter date field that must equal the date at the start of the file name. */
  dateInFileName?: readonly string[];
}

const prose = '**/*.{md,mdx}';
const data = '*.{yaml,yml}';
/** An id as it is (./ids.ts): words of any script joined by dashes. */
const kebab = { test: isId };
/** `2026-03-23-kubecon-eu`: a date, then words; the whole name is the id. */
const datedKebab = { test: (stem: string) => /^\d{4}-\d{2}-\d{2}-./.test(stem) && isId(stem) };
/** `03-giving-talks`: a position, then the id. */
const orderedKebab = { test: (stem: string) => /^\d{2}-./.test(stem) && isId(stem.slice(3)) };

export const collections: Record<CollectionName, CollectionSpec> = {
  team: {
    dir: 'team', pattern: data, kind: 'data', schema: teamSchema, references: [],
    naming: 'content/team/<first-last>.yaml', fileName: kebab,
  },
  departments: {
    dir: 'departments', pattern: data, kind: 'data', schema: departmentSchema,
    references: [{ path: ['liaison'], to: 'team' }],
    naming: 'content/departments/<id>.yaml', fileName: kebab,
  },
  priorities: {
    dir: 'priorities', pattern: data, kind: 'data', schema: prioritySchema, references: [],
    naming: 'content/priorities/<id>.yaml', fileName: kebab,
  },
  programs: {
    dir: 'programs', pattern: prose, kind: 'prose', schema: programSchema,
    references: [
      { path: ['owners', '*'], to: 'team' },
      { path: ['priorities', '*'], to: 'priorities' },
    ],
    naming: 'content/programs/<id>.mdx', fileName: kebab,
  },
  recaps: {
    dir: 'recaps', pattern: prose, kind: 'prose', schema: recapSchema,
    references: [
      { path: ['program'], to: 'programs' },
      { path: ['speakers', '*'], to: 'team' },
    ],
    naming: 'content/recaps/<yyyy>/<yyyy-mm-dd>-<slug>.mdx', fileName: datedKebab,
    dateInFileName: ['event', 'start'],
  },
  roadbook: {
    dir: 'roadbook', pattern: prose, kind: 'prose', schema: roadbookSchema,
    references: [{ path: ['owner'], to: 'team' }],
    naming: 'content/roadbook/<nn>-<slug>.mdx', fileName: orderedKebab,
  },
  meetings: {
    dir: 'meetings', pattern: prose, kind: 'prose', schema: meetingSchema,
    references: [
      { path: ['host'], to: 'team' },
      { path: ['openTo', '*'], to: 'departments' },
    ],
    naming: 'content/meetings/<id>.mdx', fileName: kebab,
  },
  updates: {
    dir: 'updates', pattern: prose, kind: 'prose', schema: updateSchema,
    references: [
      { path: ['author'], to: 'team' },
      { path: ['programs', '*'], to: 'programs' },
    ],
    naming: 'content/updates/<yyyy-mm-dd>-<slug>.md', fileName: datedKebab,
    dateInFileName: ['date'],
  },
  syncs: {
    dir: 'syncs', pattern: prose, kind: 'prose', schema: syncSchema,
    references: [
      { path: ['department'], to: 'departments' },
      { path: ['attendees', '*'], to: 'team' },
      { path: ['followUps', '*', 'owner'], to: 'team' },
    ],
    naming: 'content/syncs/<yyyy-mm-dd>-<department>.md', fileName: datedKebab,
    dateInFileName: ['date'],
  },
  // Each definition has its data beside it in `<id>.csv`, checked by src/lib/metrics/csv.ts.
  metrics: {
    dir: 'metrics', pattern: data, kind: 'data', schema: metricSchema,
    references: [
      { path: ['owner'], to: 'team' },
      { path: ['program'], to: 'programs' },
      { path: ['priority'], to: 'priorities' },
    ],
    naming: 'content/metrics/<id>.yaml (data in <id>.csv)', fileName: kebab,
  },
};

export const collectionNames = Object.keys(collections) as CollectionName[];

/**
 * The entry id for a file: its name without folders and extension, minus the
 * `nn-` ordering prefix for roadbook chapters (so reordering never changes a URL), in
 * NFC: a name a Mac wrote decomposed (NFD) gives the same id and page as on Linux.
 */
export function entryIdFromPath(collection: CollectionName, relativePath: string): string {
  const stem = normalizeId(relativePath.replace(/^.*\//, '').replace(/\.[^.]+$/, ''));
  return collection === 'roadbook' ? stem.replace(/^\d+-/, '') : stem;
}
