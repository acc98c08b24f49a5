/**
 * Git metadata: one `git log` parsed into file → latest commit, checked against a
 * real temporary repository whose commits have known authors and dates.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastCommitOf, parseGitLog, readGitMetadata, type GitMetadata } from '../../src/lib/git-metadata.ts';

const temp: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temp.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** Runs git with a clean identity and fixed dates, ignoring the machine's config. */
function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_COMMITTER_NAME: 'CI Bot',
      GIT_COMMITTER_EMAIL: 'ci@example.com',
      ...env,
    },
  });
}

function commit(repo: string, author: string, date: string, message: string) {
  git(repo, ['add', '-A']);
  git(repo, ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], {
    GIT_AUTHOR_NAME: author,
    GIT_AUTHOR_EMAIL: `${author.split(' ')[0]!.toLowerCase()}@example.com`,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
}

function write(repo: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

describe('parseGitLog', () => {
  it('keeps the first (newest) commit per file', () => {
    const output = [
      '\x1eccc\x1f2026-03-03T10:00:00+01:00\x1fAna Ruiz', 'M\tcontent/a.md', '',
      '\x1ebbb\x1f2026-02-02T10:00:00Z\x1fBo Chen', 'M\tcontent/a.md', 'A\tcontent/b.md', '',
    ].join('\n');
    const files = parseGitLog(output);
    expect(files.get('content/a.md')).toEqual({ commit: 'ccc', author: 'Ana Ruiz', date: new Date('2026-03-03T09:00:00Z') });
    expect(files.get('content/b.md')?.commit).toBe('bbb');
  });

  it('follows renames to the new name and drops deleted files', () => {
    const files = parseGitLog([
      '\x1eddd\x1f2026-04-01T00:00:00Z\x1fCy', 'R100\tcontent/old.md\tcontent/new.md', 'D\tcontent/gone.md',
      '\x1eaaa\x1f2026-01-01T00:00:00Z\x1fAna', 'A\tcontent/old.md', 'A\tcontent/gone.md',
    ].join('\n'));
    expect([...files.keys()]).toEqual(['content/new.md']);
    expect(files.get('content/new.md')?.commit).toBe('ddd');
  });

  it('ignores empty output and malformed records', () => {
    expect(parseGitLog('').size).toBe(0);
    expect(parseGitLog('\x1enot a header\ncontent/a.md\n').size).toBe(0);
  });

  it('keeps non-ASCII file names and author names as written', () => {
    const files = parseGitLog('\x1eabc\x1f2026-01-01T00:00:00Z\x1fMaría López\nA\tcontent/team/maría.yaml\n');
    expect(files.get('content/team/maría.yaml')?.author).toBe('María López');
  });
});

describe('readGitMetadata on a real repository', () => {
  let repo: string;
  let meta: GitMetadata;
  const content = (file: string) => path.join(repo, 'content', file);

  beforeAll(() => {
    repo = tempDir('devrel-wiki-git-');
    git(repo, ['init', '-q', '-b', 'main']);
    write(repo, 'content/programs/ambassadors.mdx', 'v1');
    write(repo, 'content/programs/old-name.mdx', 'same text before and after the rename');
    write(repo, 'README.md', 'outside content');
    commit(repo, 'Ana Ruiz', '2026-01-10T09:00:00Z', 'first');
    write(repo, 'content/programs/ambassadors.mdx', 'v2');
    commit(repo, 'Bo Chen', '2026-02-20T09:00:00Z', 'second');
    git(repo, ['mv', 'content/programs/old-name.mdx', 'content/programs/new-name.mdx']);
    commit(repo, 'Cy Diaz', '2026-03-30T09:00:00Z', 'rename');
    write(repo, 'content/programs/ambassadors.mdx', 'v3');
    write(repo, 'content/team/maría-lópez.yaml', 'name: María');
    commit(repo, 'Dee Evans', '2026-04-15T09:00:00+02:00', 'third');
    // After the last commit: one modified-but-uncommitted file, one untracked file.
    write(repo, 'content/programs/draft.mdx', 'not committed yet');
    meta = readGitMetadata(path.join(repo, 'content'));
  });

  it('gives a file touched by several commits its latest commit', () => {
    expect(lastCommitOf(meta, content('programs/ambassadors.mdx'))).toMatchObject({
      author: 'Dee Evans',
      date: new Date('2026-04-15T07:00:00Z'),
    });
  });

  it('credits a renamed file to the rename, and forgets the old name', () => {
    expect(lastCommitOf(meta, content('programs/new-name.mdx'))).toMatchObject({ author: 'Cy Diaz', date: new Date('2026-03-30T09:00:00Z') });
    expect(meta.files.has('content/programs/old-name.mdx')).toBe(false);
  });

  it('reads non-ASCII paths', () => {
    expect(lastCommitOf(meta, content('team/maría-lópez.yaml'))?.author).toBe('Dee Evans');
  });

  it('gives untracked files and files outside the repository nothing', () => {
    expect(lastCommitOf(meta, content('programs/draft.mdx'))).toBeUndefined();
    expect(lastCommitOf(meta, path.join(os.tmpdir(), 'elsewhere.md'))).toBeUndefined();
  });

  it('walks only the content folder, with full hashes', () => {
    expect([...meta.files.keys()].sort()).toEqual([
      'content/programs/ambassadors.mdx',
      'content/programs/new-name.mdx',
      'content/team/maría-lópez.yaml',
    ]);
    expect(lastCommitOf(meta, content('programs/ambassadors.mdx'))?.commit).toBe(git(repo, ['rev-parse', 'HEAD']).trim());
    expect(meta.warning).toBeUndefined();
  });

  it('detects a shallow clone, warns once and shows no dates rather than wrong ones', () => {
    const clone = path.join(tempDir('devrel-wiki-shallow-'), 'clone');
    git(os.tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const shallow = readGitMetadata(path.join(clone, 'content'));
    expect(shallow.files.size).toBe(0);
    expect(lastCommitOf(shallow, path.join(clone, 'content/programs/ambassadors.mdx'))).toBeUndefined();
    expect(shallow.warning).toMatch(/shallow git clone.*fetch-depth: 0/);
  });
});

describe('readGitMetadata outside a repository', () => {
  it('gives no dates and no warning, without throwing', () => {
    const dir = tempDir('devrel-wiki-nogit-');
    writeFileSync(path.join(dir, 'a.md'), 'x');
    const meta = readGitMetadata(dir);
    expect(meta).toEqual({ files: new Map() });
    expect(lastCommitOf(meta, path.join(dir, 'a.md'))).toBeUndefined();
  });

  it('a repository without commits yet gives no dates', () => {
    const dir = tempDir('devrel-wiki-empty-git-');
    git(dir, ['init', '-q']);
    writeFileSync(path.join(dir, 'a.md'), 'x');
    expect(readGitMetadata(dir).files.size).toBe(0);
  });

  it('a folder that does not exist gives no dates', () => {
    expect(readGitMetadata(path.join(os.tmpdir(), 'devrel-wiki-missing-folder')).files.size).toBe(0);
  });
});
