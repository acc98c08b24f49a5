/**
 * `npm run init`'s plan and its execution: remove the sample from the content folder,
 * write the starter, and say what happened. Refuses to remove anything the team wrote
 * unless forced. Touches the content folder and nothing else; the script rewrites
 * `.github/CODEOWNERS` afterwards from the new content, with the usual rules.
 */
import { mkdirSync, rmSync, writeFileSync, readdirSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { InitError, type InitAnswers } from './answers.ts';
import { sampleState } from './sample.ts';
import { starterFiles, type StarterFile } from './starter.ts';

export interface InitPlan {
  remove: string[];
  write: StarterFile[];
}

interface Guard {
  force: boolean;
  manifest?: Record<string, string>;
  /** How to name the content folder in the refusal, e.g. "content/". */
  display?: string;
}

/** Every file init would remove; throws, naming the team's own files, unless they are all the sample's or forced. */
export function filesToReplace(contentDir: string, options: Guard): string[] {
  const state = sampleState(contentDir, options.manifest);
  if (!state.isSample && !options.force) {
    const shown = state.teamFiles.slice(0, 8).map((file) => `  ${file}`);
    if (state.teamFiles.length > 8) shown.push(`  … and ${state.teamFiles.length - 8} more`);
    throw new InitError([
      `${options.display ?? contentDir} is no longer the sample: these files are your team's own (added or edited):\n${shown.join('\n')}\nInit would delete them. Run it again with --force to replace the whole folder anyway, or commit first so git can bring them back.`,
    ]);
  }
  return state.files;
}

export function planInit(contentDir: string, answers: InitAnswers, options: Guard & { today: string; timeZone: string }): InitPlan {
  return { remove: filesToReplace(contentDir, options), write: starterFiles(answers, options) };
}

export function applyInit(contentDir: string, plan: InitPlan): void {
  for (const file of plan.remove) rmSync(path.join(contentDir, file), { force: true });
  removeEmptyFolders(contentDir);
  for (const file of plan.write) {
    const target = path.join(contentDir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
}

/** Folders the sample's files leave empty; the content folder itself stays. */
function removeEmptyFolders(dir: string, isRoot = true): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) if (entry.isDirectory() && !entry.name.startsWith('.')) removeEmptyFolders(path.join(dir, entry.name), false);
  if (!isRoot && readdirSync(dir).length === 0) rmdirSync(dir);
}

/** "programs (5), recaps (19), …": what was removed, by folder. */
export function summarizeRemoved(files: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const file of files) {
    const folder = file.includes('/') ? `${file.split('/')[0]}/` : file;
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].map(([folder, n]) => (n === 1 && !folder.endsWith('/') ? folder : `${folder} (${n})`)).join(', ');
}
