/**
 * "Last updated … by …" credits the team member whose commit it is: by e-mail, by
 * GitHub's private no-reply address, or by name (any case, accents or not), and falls
 * back to the commit's own name when no one, or more than one person, fits.
 */
import { describe, expect, it } from 'vitest';
import { foldName, matchAuthor, noreplyHandle } from '../../src/lib/commit-author.ts';
import { parseGitLog } from '../../src/lib/git-metadata.ts';

const team = [
  { id: 'lucia-fernandez', name: 'Lucía Fernández', email: 'lucia@hoshizora.example', github: 'lucia-f' },
  { id: 'ken-watanabe', name: '渡辺 健 (Ken Watanabe)', email: 'Ken.Watanabe@Hoshizora.example', github: 'kenw' },
  { id: 'alex-kim', name: 'Alex Kim', email: 'alex.kim@hoshizora.example' },
  { id: 'alex-kim-2', name: 'Alex  kim', email: 'akim@hoshizora.example' },
  { id: 'one-name', name: 'Yara', email: 'yara@hoshizora.example', github: 'yara-builds' },
];

describe('matchAuthor', () => {
  it('recognises a person by the e-mail in their team file, in any case', () => {
    expect(matchAuthor({ name: 'ken', email: 'ken.watanabe@hoshizora.example' }, team)).toBe('ken-watanabe');
    expect(matchAuthor({ name: 'Someone Else', email: 'LUCIA@hoshizora.example' }, team)).toBe('lucia-fernandez');
  });

  it("recognises GitHub's no-reply addresses, with or without the numeric id", () => {
    expect(matchAuthor({ name: 'kw', email: '12345678+kenw@users.noreply.github.com' }, team)).toBe('ken-watanabe');
    expect(matchAuthor({ name: 'kw', email: 'Lucia-F@users.noreply.github.com' }, team)).toBe('lucia-fernandez');
    expect(noreplyHandle('12345+yara-builds@users.noreply.github.com')).toBe('yara-builds');
    expect(noreplyHandle('yara@example.com')).toBeUndefined();
  });

  it('recognises a name written without accents, in another case or spacing, or a handle used as the name', () => {
    expect(matchAuthor({ name: 'lucia  fernandez', email: 'lucia.personal@mail.example' }, team)).toBe('lucia-fernandez');
    expect(matchAuthor({ name: 'yara-builds' }, team)).toBe('one-name');
    expect(foldName('  Lucía\tFernández ')).toBe('lucia fernandez');
  });

  it('credits no one when two people fit, or nobody does', () => {
    expect(matchAuthor({ name: 'Alex Kim', email: 'alex@personal.example' }, team)).toBeUndefined();
    expect(matchAuthor({ name: 'Alex Kim', email: 'akim@hoshizora.example' }, team)).toBe('alex-kim-2');
    expect(matchAuthor({ name: 'Seed maintainers', email: 'seed@example.com' }, team)).toBeUndefined();
    expect(matchAuthor({ name: '', email: '' }, team)).toBeUndefined();
    expect(matchAuthor({ name: 'Lucía Fernández' }, [])).toBeUndefined();
  });
});

describe('git log with e-mails', () => {
  it("keeps each file's last author's e-mail for the match", () => {
    const files = parseGitLog('\x1eabc\x1f2026-01-01T00:00:00Z\x1fLucía F\x1f98765+lucia-f@users.noreply.github.com\nM\tcontent/roadbook/01-x.mdx\n');
    const last = files.get('content/roadbook/01-x.mdx')!;
    expect(last).toMatchObject({ author: 'Lucía F', email: '98765+lucia-f@users.noreply.github.com' });
    expect(matchAuthor({ name: last.author, email: last.email }, team)).toBe('lucia-fernandez');
  });
});
