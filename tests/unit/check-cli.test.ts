/**
 * `npm run check` as a pull request runs it: the problem lines, the summary, the exit
 * code (warnings pass unless --strict) and, under GitHub Actions, the annotations that
 * put each problem on the changed line of the pull request.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
let root: string;
/** good-content plus one warning: a team member without a GitHub handle. */
let warningsOnly: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-check-cli-'));
  warningsOnly = path.join(root, 'content');
  cpSync(path.join(projectRoot, 'tests/fixtures/good-content'), warningsOnly, { recursive: true });
  const file = path.join(warningsOnly, 'team/ana-ruiz.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^github: .*\n/m, ''));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function check(contentDir: string, args: string[] = [], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/check.ts'), ...args], {
    // Paths are shown relative to where the command runs: the project root for fixtures.
    cwd: contentDir.startsWith(root) ? root : projectRoot,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: undefined, WIKI_CONTENT_DIR: contentDir, ...env },
  });
  return { status: result.status, lines: result.stdout.trimEnd().split('\n'), stderr: result.stderr };
}

describe('npm run check', () => {
  it('warnings alone pass, and are printed as path:line:column  field  message  (hint)', () => {
    const { status, lines } = check(warningsOnly);
    expect(status).toBe(0);
    expect(lines[0]).toBe('warning  content/team/ana-ruiz.yaml:1:1  github  no GitHub handle: pull requests that change pages this person owns cannot be sent to them for review  (add github: <handle>, without the @)');
    expect(lines.at(-1)).toMatch(/^11 files checked in \d+ ms: 0 errors, 1 warning in 1 file$/);
  });

  it('--strict fails on warnings', () => {
    expect(check(warningsOnly, ['--strict']).status).toBe(1);
  });

  it('errors fail, with or without --strict', () => {
    const bad = path.join(projectRoot, 'tests/fixtures/bad-content');
    const { status, lines } = check(bad);
    expect(status).toBe(1);
    expect(lines).toContain('error    tests/fixtures/bad-content/programs/campus.mdx:6:1  summary  still a placeholder: "TODO: one or two sentences a VP can read in passing"  (replace the whole TODO text with the real value)');
    expect(lines.at(-1)).toMatch(/: 9 errors, 3 warnings in 7 files$/);
  });

  it('under GitHub Actions, each problem is followed by its ::warning or ::error annotation', () => {
    const { lines } = check(warningsOnly, [], { GITHUB_ACTIONS: 'true' });
    expect(lines[1]).toBe('::warning file=content/team/ana-ruiz.yaml,line=1,col=1,title=github::no GitHub handle: pull requests that change pages this person owns cannot be sent to them for review (add github: <handle>, without the @)');

    const bad = check(path.join(projectRoot, 'tests/fixtures/bad-content'), [], { GITHUB_ACTIONS: 'true' });
    const annotations = bad.lines.filter((l) => l.startsWith('::'));
    expect(annotations.filter((l) => l.startsWith('::error ')).length).toBe(9);
    expect(annotations.filter((l) => l.startsWith('::warning ')).length).toBe(3);
    expect(annotations.find((l) => l.includes('campus.mdx,line=18'))).toMatch(/^::error file=.*campus\.mdx,line=18,col=1,title=body::placeholder text left in the page/);
  });

  it('without GitHub Actions, no annotations', () => {
    expect(check(path.join(projectRoot, 'tests/fixtures/bad-content')).lines.some((l) => l.startsWith('::'))).toBe(false);
  });
});
