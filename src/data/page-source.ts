/**
 * Where each content page comes from: its last commit ("Last updated … by …") and
 * its "Edit this page" link. Git history is read once per build, in one `git log`
 * (src/lib/git-metadata.ts); a shallow clone is reported once, here, as a warning.
 */
import path from 'node:path';
import { lastCommitOf, readGitMetadata } from '../lib/git-metadata.ts';
import { matchAuthor, type TeamIdentity } from '../lib/commit-author.ts';
import { contentDir } from '../lib/paths.ts';
import { commitUrl, editUrl } from '../lib/urls.ts';
import { site } from './site.ts';

const git = readGitMetadata(contentDir);
if (git.warning) console.warn(`[devrel-wiki] warning: ${git.warning}`);

export interface PageSource {
  /** The file's last commit, when it is committed and the history is complete. */
  updated?: {
    date: Date;
    /** The name the commit carries: what the page shows when no team member matches. */
    author: string;
    /** The team member who made the commit (src/lib/commit-author.ts says how they are recognised). */
    authorId?: string;
    commitUrl?: string;
  };
  /** Where to edit the file, when `repository` is set in content/site.yaml. */
  editUrl?: string;
}

/**
 * @param filePath the entry's file as Astro gives it (`entry.filePath`, relative to
 * the project root) or an absolute path
 * @param team the team members, to credit a commit to one of them
 */
export function pageSource(filePath: string | undefined, team: readonly TeamIdentity[] = []): PageSource {
  if (!filePath) return {};
  const absolute = path.resolve(filePath);
  const inContent = path.relative(contentDir, absolute);
  const repo = site.repository;
  const commit = lastCommitOf(git, absolute);
  return {
    updated: commit && { date: commit.date, author: commit.author, authorId: matchAuthor({ name: commit.author, email: commit.email }, team), commitUrl: repo && commitUrl(repo, commit.commit) },
    // A file outside the content folder has no place in the repository's content path.
    editUrl: repo && !inContent.startsWith('..') ? editUrl(repo, inContent.split(path.sep).join('/')) : undefined,
  };
}
