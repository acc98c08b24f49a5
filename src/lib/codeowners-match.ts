/**
 * Who owns a path according to a CODEOWNERS text: the last rule whose pattern matches
 * wins, as GitHub reads it. Used to tell an author whom to ask about a file they may not
 * change themselves (the metric secrets policy). Patterns follow gitignore: a leading
 * `/` anchors at the root, a trailing `/` means a folder and what is in it, `*` stays
 * within one folder, `**` crosses folders, and a pattern without a `/` matches a name
 * at any depth.
 */

function patternToRegExp(pattern: string): RegExp {
  const anchored = pattern.startsWith('/') || pattern.replace(/\/$/, '').includes('/');
  const body = pattern.replace(/^\//, '');
  const folder = body.endsWith('/');
  let source = '';
  const text = folder ? body.slice(0, -1) : body;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '*' && text[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '\\' && i + 1 < text.length) source += text[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}${folder ? '/.*' : '(?:/.*)?'}$`);
}

/** The owners (`@user`, `@org/team`, e-mail addresses) of `file` (relative, forward slashes); none when no rule matches. */
export function ownersOfPath(codeowners: string, file: string): string[] {
  let owners: string[] = [];
  for (const raw of codeowners.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const [pattern, ...rest] = line.split(/(?<!\\)\s+/);
    if (pattern === '*' ? true : patternToRegExp(pattern!).test(file)) owners = rest;
  }
  return owners;
}
