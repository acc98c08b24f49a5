/**
 * Which team member wrote a commit, so "Last updated … by …" names and links the person
 * rather than whatever their git is configured to say. Tried in order, the first that
 * identifies exactly one person wins:
 *
 * 1. the commit's e-mail is a person's `email` (any case);
 * 2. the e-mail is GitHub's private address, `12345+handle@users.noreply.github.com` or
 *    `handle@users.noreply.github.com` (what commits made on github.com carry when the
 *    author keeps their address private), and `handle` is a person's `github`;
 * 3. the commit's name is a person's `name`, ignoring case, accents and spacing
 *    ("lucia fernandez" is Lucía Fernández), or their `github` handle.
 *
 * Two people matching the same way (two "Alex Kim"s) is no match: a wrong name would be
 * worse than the commit's own. No match gives undefined, and the page shows the name
 * the commit has.
 */

/** What identifies a team member here, from `content/team/<id>.yaml`. */
export interface TeamIdentity {
  id: string;
  name: string;
  email?: string;
  github?: string;
}

export interface CommitAuthor {
  name: string;
  email?: string;
}

const noreply = /^(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com$/i;

/** A name as people compare names: no accents, one case, single spaces. */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** The GitHub handle in a GitHub no-reply address, if it is one. */
export function noreplyHandle(email: string): string | undefined {
  return noreply.exec(email.trim())?.[1];
}

function only<T>(matches: T[]): T | undefined {
  return matches.length === 1 ? matches[0] : undefined;
}

/** The id of the team member who wrote a commit, or undefined when no one (or more than one) fits. */
export function matchAuthor(author: CommitAuthor, team: readonly TeamIdentity[]): string | undefined {
  const email = author.email?.trim().toLowerCase();
  if (email) {
    const byEmail = only(team.filter((person) => person.email?.trim().toLowerCase() === email));
    if (byEmail) return byEmail.id;
    const handle = noreplyHandle(email);
    const byHandle = handle ? only(team.filter((person) => person.github?.toLowerCase() === handle.toLowerCase())) : undefined;
    if (byHandle) return byHandle.id;
  }
  const name = foldName(author.name);
  if (!name) return undefined;
  const byName = only(team.filter((person) => foldName(person.name) === name));
  if (byName) return byName.id;
  return only(team.filter((person) => person.github && person.github.toLowerCase() === name))?.id;
}
