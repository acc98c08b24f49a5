/**
 * A team's fork takes a newer wiki: the wiki's code comes in, the team's content/ and
 * CODEOWNERS stay exactly theirs, even where upstream edited or added sample files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { upgradeFork } from '../../src/lib/fork-upgrade.ts';

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}
function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
const commit = (dir: string, message: string) => {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
};

describe('upgradeFork', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'upgrade-'));
  const upstream = path.join(work, 'upstream');
  const fork = path.join(work, 'fork');
  mkdirSync(upstream);
  git(upstream, 'init', '-q');
  write(upstream, { 'content/site.yaml': 'title: Sample\n', 'content/recaps/a.md': 'a\n', '.github/CODEOWNERS': '* @sample\n', 'src/code.ts': 'v1\n' });
  commit(upstream, 'wiki v1');
  git(work, 'clone', '-q', upstream, fork);
  // The team runs init: sample gone, its own files in.
  git(fork, 'rm', '-q', 'content/recaps/a.md');
  write(fork, { 'content/site.yaml': 'title: Quillbase\n', 'content/team/sota.yaml': 'name: Sōta\n', '.github/CODEOWNERS': '* @quillbase\n' });
  commit(fork, 'our team');
  // Upstream moves on: new code, and sample edits that would conflict or creep in.
  write(upstream, { 'content/site.yaml': 'title: Sample 2\n', 'content/recaps/a.md': 'a, edited\n', 'content/recaps/b.md': 'new sample recap\n', '.github/CODEOWNERS': '* @sample2\n', 'src/code.ts': 'v2\n' });
  commit(upstream, 'wiki v2');
  git(fork, 'fetch', '-q', 'origin');

  it('takes the code, keeps the content and CODEOWNERS, and commits', () => {
    const result = upgradeFork(fork, 'origin/main');
    expect(result).toMatchObject({ conflicts: [], committed: true });
    expect(result.keptOut.sort()).toEqual(['.github/CODEOWNERS', 'content/recaps/a.md', 'content/recaps/b.md', 'content/site.yaml']);
    expect(readFileSync(path.join(fork, 'src/code.ts'), 'utf8')).toBe('v2\n');
    expect(readFileSync(path.join(fork, 'content/site.yaml'), 'utf8')).toBe('title: Quillbase\n');
    expect(readFileSync(path.join(fork, '.github/CODEOWNERS'), 'utf8')).toBe('* @quillbase\n');
    expect(existsSync(path.join(fork, 'content/recaps'))).toBe(false);
    expect(git(fork, 'status', '--porcelain')).toBe('');
    expect(git(fork, 'log', '-1', '--format=%P').trim().split(' ')).toHaveLength(2);
  });

  it('says so when there is nothing new', () => {
    expect(upgradeFork(fork, 'origin/main')).toMatchObject({ upToDate: true });
  });
});

describe('upgradeFork with uncommitted work', () => {
  it('refuses, naming each changed file and what to do', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'upgrade-dirty-'));
    git(work, 'init', '-q');
    write(work, { 'package-lock.json': '{}\n', 'content/site.yaml': 'title: Q\n' });
    commit(work, 'wiki');
    write(work, { 'package-lock.json': '{ "rewritten": true }\n', 'content/notes.md': 'draft\n' });
    expect(() => upgradeFork(work, 'HEAD')).toThrow(/modified: package-lock\.json\n {2}not committed yet: content\/notes\.md\n/);
    expect(() => upgradeFork(work, 'HEAD')).toThrow(/git stash --include-untracked/);
  });
});
