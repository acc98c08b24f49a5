/**
 * "Last updated <date> by <author>" for every content file, from ONE `git log` over
 * the content folder, parsed into a map (file → latest commit). One process per file
 * would cost a thousand-recap wiki a thousand processes.
 *
 * Never breaks a build: content outside a repository (tests and the benchmark build
 * from temporary folders), untracked files and a missing `git` just give no entry.
 * A shallow clone (CI's default `fetch-depth: 1`) would credit every file to the one
 * commit it has, so it gives no dates either, and a warning saying why.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';

export interface FileCommit {
  /** When the commit landed (committer date), which is when readers first saw the change. */
  date: Date;
  /** Who wrote the change (author name). */
  author: string;
  /** The author's e-mail as git recorded it, to recognise a team member (commit-author.ts). */
  email?: string;
  /** Full commit hash. */
  commit: string;
}

export interface GitMetadata {
  /** Repository root (absolute); undefined outside a repository. */
  root?: string;
  /** Latest commit per file, keyed by path relative to `root` with forward slashes. */
  files: Map<string, FileCommit>;
  /** Said once per build: why no dates are shown although this is a repository. */
  warning?: string;
}

/** Separators that cannot appear in names or hashes: record (RS) and unit (US). */
const RS = '\x1e';
const US = '\x1f';

/**
 * The `git log` arguments: per commit a header line `RS hash US ISO-date US author US e-mail`,
 * then one `status TAB path` line per file (`R100 TAB old TAB new` for a rename).
 */
export const gitLogArgs = [
  '-c', 'core.quotePath=false',
  'log',
  `--format=${RS}%H${US}%cI${US}%an${US}%ae`,
  '--name-status',
  '--no-color',
];

/**
 * Parses `git log` output (newest commit first) into file → latest commit: the first
 * commit seen for a path wins, as with `git log -1 -- <path>`. A renamed file counts
 * as touched by the rename under its new name; a path whose newest change is a
 * deletion (or a rename away) is no page any more and is left out.
 */
export function parseGitLog(output: string): Map<string, FileCommit> {
  const files = new Map<string, FileCommit>();
  const gone = new Set<string>();
  for (const record of output.split(RS)) {
    if (!record.trim()) continue;
    const [header = '', ...lines] = record.split('\n');
    const [commit, isoDate, author, email] = header.split(US);
    const date = new Date(isoDate ?? '');
    if (!commit || !author || Number.isNaN(date.getTime())) continue;
    const by = { date, author, commit, ...(email ? { email } : {}) };
    for (const line of lines) {
      const [status = '', first, second] = line.split('\t');
      if (!first) continue;
      const seen = (file: string) => files.has(file) || gone.has(file);
      if (status.startsWith('D')) {
        if (!seen(first)) gone.add(first);
      } else if ((status.startsWith('R') || status.startsWith('C')) && second) {
        if (status.startsWith('R') && !seen(first)) gone.add(first);
        if (!seen(second)) files.set(second, by);
      } else if (!seen(first)) {
        files.set(first, by);
      }
    }
  }
  return files;
}

function git(cwd: string, args: readonly string[]): { ok: boolean; stdout: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  return { ok: result.status === 0 && !result.error, stdout: result.stdout ?? '' };
}

/**
 * Reads the history of `dir` (usually the content folder) in two git processes:
 * one to find the repository and whether it is shallow, one `git log`.
 */
export function readGitMetadata(dir: string): GitMetadata {
  const where = git(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  if (!where.ok) return { files: new Map() };
  const [root, shallow] = where.stdout.trim().split('\n');
  if (!root) return { files: new Map() };
  if (shallow === 'true') {
    return {
      root,
      files: new Map(),
      warning: 'this is a shallow git clone, so "Last updated" dates would all be the date of the latest commit: they are left out. Fetch the full history (e.g. actions/checkout with fetch-depth: 0) to show them.',
    };
  }
  // `-- .` limits the walk to the content folder; paths still come relative to the root.
  const log = git(dir, [...gitLogArgs, '--', '.']);
  // A repository without commits yet fails here: no history, no dates.
  if (!log.ok) return { root, files: new Map() };
  return { root, files: parseGitLog(log.stdout) };
}

/** The latest commit of a file (absolute path), if it is committed in this repository. */
export function lastCommitOf(meta: GitMetadata, absolutePath: string): FileCommit | undefined {
  if (!meta.root) return undefined;
  const inRepo = (file: string) => {
    const relative = path.relative(meta.root!, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/');
  };
  // git reports the root with symlinks resolved (/tmp → /private/tmp on macOS).
  const relative = inRepo(absolutePath) ?? inRepo(safeRealpath(absolutePath));
  return relative === undefined ? undefined : meta.files.get(relative);
}

function safeRealpath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
