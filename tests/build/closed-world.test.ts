/**
 * content/ is a closed world, end to end: a team whose content/ holds symbolic links of
 * every kind a pull request could add (a metric CSV to the process's environment, site.yaml
 * to a secrets file, a team file to a file elsewhere, the images folder to a folder
 * elsewhere, the logo, a page pulled from a dot-folder the check used to skip, a whole
 * collection folder) gets every link named by `npm run check` and by the build, which
 * publishes nothing, and the secret behind them is never printed or written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const secret = 'GITHUB_TOKEN=ghp_ClosedWorldSecret0123456789';

function hostileWiki() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-links-'));
  const content = path.join(work, 'content');
  const elsewhere = path.join(work, 'elsewhere');
  cpSync(path.join(root, 'tests/fixtures/good-content'), content, { recursive: true });
  mkdirSync(path.join(elsewhere, 'photos'), { recursive: true });
  mkdirSync(path.join(elsewhere, 'updates'), { recursive: true });
  writeFileSync(path.join(elsewhere, 'secrets.env'), `${secret}\n`);
  writeFileSync(path.join(elsewhere, 'person.yaml'), `name: "${secret}"\nrole: Advocate\nfocus: [x]\ntimezone: UTC\nemail: x@lumenstack.example\n`);
  writeFileSync(path.join(elsewhere, 'photos', 'booth.png'), 'not really a png');
  writeFileSync(path.join(elsewhere, 'photos', 'id_rsa'), secret);
  writeFileSync(path.join(elsewhere, 'updates', '2026-05-01-linked.md'), `---\ntitle: "${secret}"\ndate: 2026-05-01\nauthor: ana-ruiz\n---\nHi\n`);
  mkdirSync(path.join(content, 'metrics'), { recursive: true });
  mkdirSync(path.join(content, '.drafts'), { recursive: true });
  writeFileSync(path.join(content, '.drafts', 'secret.md'), `---\ntitle: "${secret}"\ndate: 2026-05-02\nauthor: ana-ruiz\n---\nDraft\n`);

  const links: Record<string, string> = {
    'metrics/environ.csv': '/proc/self/environ',
    'site.yaml': path.join(elsewhere, 'secrets.env'),
    'team/zed-linked.yaml': path.join(elsewhere, 'person.yaml'),
    images: path.join(elsewhere, 'photos'),
    'logo.svg': path.join(elsewhere, 'secrets.env'),
    'recaps/2026/2026-05-02-from-drafts.md': '../../.drafts/secret.md',
    'programs/linked-folder': path.join(elsewhere, 'updates'),
  };
  // site.yaml is replaced by a link; keep a brand logo pointing at the linked logo file.
  const siteText = readFileSync(path.join(content, 'site.yaml'), 'utf8');
  writeFileSync(path.join(elsewhere, 'secrets.env'), `${secret}\n${siteText}\nbrand:\n  logo: logo.svg\n`);
  for (const [link, target] of Object.entries(links)) {
    const abs = path.join(content, link);
    rmSync(abs, { force: true });
    symlinkSync(target, abs);
  }
  return { work, content, links: Object.keys(links) };
}

describe('symbolic links in content/', () => {
  const wiki = hostileWiki();

  it('npm run check names every link, fails, and prints nothing they point to', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, WIKI_CONTENT_DIR: wiki.content, GITHUB_ACTIONS: 'true' } });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(1);
    for (const link of wiki.links) expect(output).toContain(`${link}  this is a symbolic link, and the wiki reads only plain files and folders in content/`);
    expect(output).not.toContain('ghp_');
    expect(output).not.toContain('elsewhere');
    expect(output).not.toMatch(/PATH=|HOME=/);
  });

  it('the build fails with the same errors, publishes nothing, and leaves no secret in any file it wrote', () => {
    const outDir = path.join(wiki.work, 'dist');
    const build = buildSite({ contentDir: wiki.content, outDir, env: { WIKI_CACHE_DIR: path.join(wiki.work, 'cache') } });
    expect(build.ok).toBe(false);
    for (const link of wiki.links) expect(build.output).toContain(`${link}  this is a symbolic link`);
    expect(build.output).not.toContain('ghp_');
    expect(existsSync(outDir)).toBe(false);
    const written = spawnSync('grep', ['-rl', 'ghp_ClosedWorldSecret', wiki.work, '--exclude-dir=elsewhere', '--exclude-dir=.drafts', '--exclude=secret.md'], { encoding: 'utf8' });
    expect(written.stdout.trim()).toBe('');
  });
});
