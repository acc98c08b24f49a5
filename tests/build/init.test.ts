/**
 * A new team's first command: `npm run init` over a copy of this repository's content,
 * as a team would run it after cloning. Afterwards `npm run check` has nothing to say,
 * the build prints no warning, no page names the team it replaced, and every link
 * resolves.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { sampleState } from '../../src/lib/init/sample.ts';
import { findBrokenLinks, htmlFiles } from '../../src/lib/link-check.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const original = path.join(root, 'content');

/** Names only the replaced team's pages had: its company, its people, its programs. */
function namesOf(contentDir: string): string[] {
  const report = checkContent(contentDir, root);
  const names = [report.site.company];
  for (const entry of report.entries) {
    if (entry.collection === 'team') names.push(String(entry.data.name));
    if (entry.collection === 'programs') names.push(String(entry.data.title));
  }
  return names;
}

describe('npm run init over the repository as cloned', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'init-repo-'));
  const contentDir = path.join(work, 'content');
  let init: ReturnType<typeof spawnSync>;
  let build: BuildResult;
  beforeAll(() => {
    cpSync(original, contentDir, { recursive: true });
    mkdirSync(path.join(work, '.github'));
    cpSync(path.join(root, '.github/CODEOWNERS'), path.join(work, '.github/CODEOWNERS'));
    // A fork whose content is its own needs --force; the sample itself must not.
    const force = sampleState(original).isSample ? [] : ['--force'];
    init = spawnSync(process.execPath, [
      path.join(root, 'scripts/init.ts'),
      '--team', 'Quillbase Developer Relations', '--company', 'Quillbase', '--email', 'devrel@quillbase.example', '--chat', '#devrel',
      '--person', 'Sōta Nakamura <sota@quillbase.example> @sota-n', '--person', 'Zoë Παπαδοπούλου (Zoe Papadopoulou) <zoe@quillbase.example> @zoe-p',
      '--repo', 'https://github.com/quillbase/devrel-wiki', ...force,
    ], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    build = buildSite({ contentDir });
  });

  it('says what it removed and what to do next', () => {
    expect(init.status, String(init.stderr)).toBe(0);
    expect(init.stdout).toMatch(/Removed the sample team from content\/: .*team\/ \(\d+\)/);
    expect(init.stdout).toContain('Wrote content/site.yaml, content/team/sota-nakamura.yaml, content/team/zoe-papadopoulou.yaml, content/roadbook/01-your-first-week.mdx.');
    expect(init.stdout).toMatch(/Next:\n\s+1\. npm start/);
  });

  it('leaves content that checks clean: no error, no warning', () => {
    const { problems } = checkContent(contentDir, work);
    expect(problems).toEqual([]);
  });

  it('rewrites CODEOWNERS for the new team only', () => {
    const codeowners = readFileSync(path.join(work, '.github/CODEOWNERS'), 'utf8');
    expect(codeowners).toContain('/content/roadbook/01-your-first-week.mdx @sota-n');
    expect(codeowners.split('\n').filter((line) => line.startsWith('/')).every((line) => /@(sota-n|zoe-p)\b/.test(line))).toBe(true);
  });

  it('builds without a warning, with every link resolving', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).not.toMatch(/\bWARN\b|warning/i);
    expect(findBrokenLinks(build.outDir)).toEqual([]);
  });

  it('names the replaced team on no page', () => {
    const names = namesOf(original).filter((name) => !/Quillbase/.test(name));
    const found = htmlFiles(build.outDir).flatMap((file) => {
      const html = readFileSync(path.join(build.outDir, file), 'utf8');
      return names.filter((name) => html.includes(name)).map((name) => `${file}: ${name}`);
    });
    expect(found).toEqual([]);
  });

  it("writes the team's answers into site.yaml", () => {
    const site = parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'));
    expect(site).toMatchObject({ title: 'Quillbase Developer Relations', company: 'Quillbase', contact: { email: 'devrel@quillbase.example', chat: '#devrel' }, repository: { url: 'https://github.com/quillbase/devrel-wiki' } });
  });
});
