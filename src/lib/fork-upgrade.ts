/**
 * Taking a newer version of the wiki into a team's fork without touching what the team
 * owns. A plain `git merge` of the upstream wiki would bring the sample team's changes
 * into `content/`: conflicts on files the team deleted or edited (site.yaml), and new
 * sample recaps appearing in the team's wiki without a conflict at all. So the merge
 * takes everything else from upstream, then puts the team's paths back exactly as they
 * were at HEAD: their files, and only their files.
 */
import { spawnSync } from 'node:child_process';

/**
 * Paths that belong to the team after `npm run init`: never taken from upstream. The
 * metric secrets policy names the team's own services; upstream's names the sample's.
 */
export const teamPaths = ['content', '.github/CODEOWNERS', '.github/metric-secrets.yaml'] as const;

export interface UpgradeResult {
  /** Conflicts left outside the team's paths (the team changed the wiki's own code). */
  conflicts: string[];
  /** Upstream changes under the team's paths that were left out. */
  keptOut: string[];
  committed: boolean;
  /** The fork already has everything in the ref. */
  upToDate?: boolean;
}

export class UpgradeError extends Error {}

function git(cwd: string, args: string[], allowFailure = false): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0 && !allowFailure) throw new UpgradeError(`git ${args.join(' ')} failed:\n${result.stderr.trim()}`);
  return result.stdout;
}

const lines = (text: string) => text.split('\n').filter(Boolean);

/** A `git status --porcelain` line as words: "modified: package-lock.json". */
function describeChange(line: string): string {
  const code = line.slice(0, 2);
  const file = line.slice(3);
  const what = code === '??' ? 'not committed yet' : code.includes('D') ? 'deleted' : code.includes('R') ? 'renamed' : code.includes('A') ? 'added' : code.includes('U') ? 'in conflict' : 'modified';
  return `${what}: ${file}`;
}

export function upgradeFork(cwd: string, ref: string): UpgradeResult {
  const changed = lines(git(cwd, ['-c', 'core.quotePath=false', 'status', '--porcelain'])).map(describeChange);
  if (changed.length) {
    const shown = changed.slice(0, 10).map((line) => `  ${line}`);
    if (changed.length > 10) shown.push(`  … and ${changed.length - 10} more (git status lists them all)`);
    throw new UpgradeError(`the working tree has changes, so the upgrade could not be told apart from your work:\n${shown.join('\n')}\nCommit them (git add, git commit) or set them aside (git stash --include-untracked), then run the upgrade again.`);
  }
  git(cwd, ['rev-parse', '--verify', `${ref}^{commit}`]);
  if (spawnSync('git', ['merge-base', '--is-ancestor', ref, 'HEAD'], { cwd }).status === 0) return { conflicts: [], keptOut: [], committed: false, upToDate: true };
  const keptOut = lines(git(cwd, ['diff', '--name-only', `HEAD...${ref}`, '--', ...teamPaths]));
  // Conflicts are expected here (the team deleted sample files upstream still edits).
  git(cwd, ['merge', '--no-commit', '--no-ff', ref], true);
  // Put the team's paths back as they were: unstage whatever the merge did there
  // (conflicts included), restore HEAD's files, and delete files the merge added.
  git(cwd, ['rm', '-r', '-q', '--cached', '--ignore-unmatch', '--', ...teamPaths]);
  const atHead = lines(git(cwd, ['ls-tree', '-r', '--name-only', 'HEAD', '--', ...teamPaths]));
  if (atHead.length) git(cwd, ['checkout', 'HEAD', '--', ...atHead]);
  git(cwd, ['clean', '-f', '-q', '--', ...teamPaths]);
  const conflicts = lines(git(cwd, ['diff', '--name-only', '--diff-filter=U']));
  if (conflicts.length) return { conflicts, keptOut, committed: false };
  git(cwd, ['commit', '--no-edit', '-q'], true);
  return { conflicts, keptOut, committed: true };
}
