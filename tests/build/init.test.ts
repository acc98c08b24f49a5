/**
 * A new team's first command: `npm run init` over a copy of this repository's content,
 * as a team would run it after cloning. Afterwards `npm run check` finds no error and
 * warns only about what is still the starter's template (naming each file), the build
 * warns about nothing else, no page names the team it replaced or shows the template's
 * notes, and every link resolves.
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
      '--person', 'Sōta Nakamura <sota@quillbase.example> @sota-n', '--timezone', 'Asia/Tokyo', '--role', 'Head of Developer Relations',
      '--person', 'Zoë Παπαδοπούλου (Zoe Papadopoulou) <zoe@quillbase.example> @zoe-p',
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

  it("leaves content with no error, whose only warnings name what is still the starter's template", () => {
    const { problems } = checkContent(contentDir, work);
    expect(problems.filter((p) => !p.message.startsWith("still the starter's template"))).toEqual([]);
    expect([...new Set(problems.map((p) => p.file))]).toEqual(['content/roadbook/01-your-first-week.mdx', 'content/site.yaml', 'content/team/sota-nakamura.yaml', 'content/team/zoe-papadopoulou.yaml']);
    // Sōta's zone and role were given; Zoë's were not, so hers are marked to check.
    expect(problems.filter((p) => p.file.endsWith('sota-nakamura.yaml')).map((p) => p.message)).toEqual(["still the starter's template from npm run init: list what colleagues should ask Sōta Nakamura about"]);
    expect(problems.filter((p) => p.file.endsWith('zoe-papadopoulou.yaml'))).toHaveLength(3);
    const sota = parse(readFileSync(path.join(contentDir, 'team/sota-nakamura.yaml'), 'utf8'));
    expect(sota).toMatchObject({ timezone: 'Asia/Tokyo', role: 'Head of Developer Relations' });
  });

  it('rewrites CODEOWNERS for the new team only', () => {
    const codeowners = readFileSync(path.join(work, '.github/CODEOWNERS'), 'utf8');
    expect(codeowners).toContain('/content/roadbook/01-your-first-week.mdx @sota-n');
    expect(codeowners.split('\n').filter((line) => line.startsWith('/')).every((line) => /@(sota-n|zoe-p)\b/.test(line))).toBe(true);
  });

  it('builds, warning only about the template, with every link resolving and no template note on a page', () => {
    expect(build.ok, build.output).toBe(true);
    const warnings = build.output.split('\n').filter((line) => /\bWARN\b|warning/i.test(line));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.filter((line) => !line.includes("still the starter's template"))).toEqual([]);
    expect(findBrokenLinks(build.outDir)).toEqual([]);
    const chapter = readFileSync(path.join(build.outDir, 'roadbook/your-first-week/index.html'), 'utf8');
    expect(chapter).toContain('Welcome to Quillbase Developer Relations');
    expect(chapter).not.toMatch(/template|worth an hour|who grants it/);
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
