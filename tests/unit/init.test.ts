/**
 * `npm run init`'s rules a new team would notice: people's files are named in ASCII
 * kebab-case whatever script the name is in, mistakes are reported all at once with
 * what to write, and content the team wrote is never deleted without --force.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answerProblems, InitError, parseInitArgs, parsePerson } from '../../src/lib/init/answers.ts';
import { applyInit, planInit, summarizeRemoved } from '../../src/lib/init/init.ts';
import { hashFolder, readManifest, sampleState } from '../../src/lib/init/sample.ts';
import { starterSecretPolicy } from '../../src/lib/init/secret-policy-starter.ts';
import { defaultSecretPolicy, secretPolicyFile, secretPolicySchema } from '../../src/schemas/metric-secrets.ts';

const root = path.resolve(import.meta.dirname, '../..');
const answers = {
  team: 'Quillbase DevRel',
  company: 'Quillbase',
  email: 'devrel@quillbase.example',
  people: [parsePerson('Sōta Nakamura <sota@quillbase.example> @sota-n')],
};
const options = { force: false, today: '2026-11-25', timeZone: 'Asia/Tokyo' };

/** A content folder holding the given files, and the manifest that calls them the sample. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'init-'));
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('the people given to init', () => {
  it('get ids from their names: Latin letters without accents, other scripts as written', () => {
    expect(parsePerson('Sōta Nakamura <sota@quillbase.example>')).toEqual({ name: 'Sōta Nakamura', email: 'sota@quillbase.example', id: 'sota-nakamura' });
    expect(parsePerson('Ana Łukasik <ana@q.example> @ana-l')).toMatchObject({ id: 'ana-lukasik', github: 'ana-l' });
    expect(parsePerson('星野 美咲 <misaki@q.example>')).toMatchObject({ name: '星野 美咲', id: '星野-美咲' });
    expect(parsePerson('ليلى المنصوري <layla@q.example>').id).toBe('ليلى-المنصوري');
    // A name typed on a Mac may arrive decomposed: the id is composed all the same.
    expect(parsePerson('ホシゾラ ケイ <kei@q.example>'.normalize('NFD')).id).toBe('ホシゾラ-ケイ');
  });

  it('take the name in brackets for the file when there is one', () => {
    expect(parsePerson('中村 蒼太 (Sota Nakamura) <sota@q.example>').id).toBe('sota-nakamura');
  });

  it('are refused, with what to write, when the name makes no file name or the line has no e-mail', () => {
    expect(() => parsePerson('🎉 <party@q.example>')).toThrow(/no usable file name \(it has no letters or digits\): add a name in brackets/);
    expect(() => parsePerson('Con <con@q.example>')).toThrow(/a name Windows reserves/);
    expect(() => parsePerson('Sōta Nakamura')).toThrow(/"Full Name <name@company.example>"/);
  });
});

describe('init flags', () => {
  it('reads every flag, --person repeated', () => {
    const command = parseInitArgs(['--team', 'Quillbase DevRel', '--company=Quillbase', '--email', 'devrel@quillbase.example', '--chat', '#devrel', '--person', 'A B <a@q.example>', '--person', 'C D <c@q.example>', '--repo', 'https://github.com/quillbase/devrel-wiki', '--force']);
    expect(command.force).toBe(true);
    expect(command.answers).toMatchObject({ team: 'Quillbase DevRel', company: 'Quillbase', chat: '#devrel', repo: 'https://github.com/quillbase/devrel-wiki' });
    expect(command.answers.people.map((p) => p.id)).toEqual(['a-b', 'c-d']);
  });

  it("takes each person's time zone and role from the flags after their --person", () => {
    const command = parseInitArgs(['--person', 'A B <a@q.example>', '--timezone', 'Asia/Tokyo', '--role', 'Developer Advocate', '--person', 'C D <c@q.example>', '--role=Community Manager']);
    expect(command.answers.people).toMatchObject([
      { id: 'a-b', timezone: 'Asia/Tokyo', role: 'Developer Advocate' },
      { id: 'c-d', role: 'Community Manager' },
    ]);
    expect(command.answers.people[1]!.timezone).toBeUndefined();
  });

  it('refuses a time zone that is not an IANA name, with the closest one, and a flag with no person', () => {
    expect(() => parseInitArgs(['--person', 'A B <a@q.example>', '--timezone', 'Europe/Berln'])).toThrow(/A B's time zone: unknown time zone "Europe\/Berln".*did you mean "Europe\/Berlin"/);
    expect(() => parseInitArgs(['--person', 'A B <a@q.example>', '--timezone', 'PST'])).toThrow(/unknown time zone "PST"/);
    expect(() => parseInitArgs(['--role', 'Advocate', '--person', 'A B <a@q.example>'])).toThrow(/--role belongs to a team member: write it after their --person/);
    expect(() => parseInitArgs(['--person', 'A B <a@q.example>', '--role', 'X', '--role', 'Y'])).toThrow(/--role is given twice for A B/);
  });

  it('lists every problem at once', () => {
    expect(() => parseInitArgs(['--teem', 'X', '--person', 'nobody'])).toThrow(InitError);
    expect(answerProblems({ email: 'not-an-email', people: [] })).toEqual([
      'the team\'s name is missing: --team "Quillbase DevRel"',
      'the company is missing: --company Quillbase',
      '"not-an-email" is not an e-mail address',
      'name at least one team member: --person "Full Name <name@company.example>" (repeat it for more)',
    ]);
  });
});

describe('init over a content folder', () => {
  it('replaces the sample, leaving only the starter', () => {
    const dir = folder({ 'site.yaml': 'title: Sample\n', 'old.yaml': 'x: 1\n' });
    const manifest = hashFolder(dir);
    const plan = planInit(dir, answers, { ...options, manifest });
    expect(plan.remove.sort()).toEqual(['old.yaml', 'site.yaml']);
    applyInit(dir, plan);
    expect((readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes('.')).sort()).toEqual(['roadbook/01-your-first-week.mdx', 'site.yaml', 'team/sota-nakamura.yaml']);
  });

  it('refuses when a file was added or edited, naming it, and deletes nothing', () => {
    const dir = folder({ 'site.yaml': 'title: Sample\n' });
    const manifest = hashFolder(dir);
    writeFileSync(path.join(dir, 'site.yaml'), 'title: Ours\n');
    writeFileSync(path.join(dir, 'mine.yaml'), 'x: 1\n');
    expect(() => planInit(dir, answers, { ...options, manifest })).toThrow(/no longer the sample[\s\S]*mine\.yaml[\s\S]*site\.yaml[\s\S]*--force/);
    expect(existsSync(path.join(dir, 'mine.yaml'))).toBe(true);
    expect(planInit(dir, answers, { ...options, manifest, force: true }).remove.sort()).toEqual(['mine.yaml', 'site.yaml']);
  });

  it('says what it removed by folder', () => {
    expect(summarizeRemoved(['site.yaml', 'team/a.yaml', 'team/b.yaml', 'recaps/2026/x.md'])).toBe('site.yaml, team/ (2), recaps/ (1)');
  });
});

// The sample's manifest must follow the sample: after editing content/, run
// `npm run init -- --update-sample-manifest`. In a fork whose content is its own,
// the sample's files are gone and there is nothing to compare.
const manifest = readManifest();
const sampleStillHere = Object.keys(manifest).filter((file) => existsSync(path.join(root, 'content', file))).length > Object.keys(manifest).length / 2;
describe.runIf(sampleStillHere)('the sample manifest', () => {
  it('records the sample in content/ as it is', () => {
    expect(sampleState(path.join(root, 'content'), manifest)).toMatchObject({ isSample: true, teamFiles: [] });
  });
});

describe("init's metric secrets policy", () => {
  const sample = readFileSync(path.join(import.meta.dirname, '../..', secretPolicyFile), 'utf8');

  it('keeps every explanation and allows only the default: GITHUB_TOKEN to the GitHub API, no database', () => {
    const starter = starterSecretPolicy(sample);
    expect(secretPolicySchema.parse(parseYaml(starter))).toEqual(defaultSecretPolicy);
    const comments = (text: string) => text.split('\n').filter((line) => line.startsWith('#'));
    expect(comments(starter)).toEqual(comments(sample));
    // Every host the sample allowed is gone from the file.
    for (const origin of new Set(sample.match(/https:\/\/[\w.-]+/g))) if (origin !== 'https://api.github.com') expect(starter).not.toContain(`[${origin}]`);
    expect(starterSecretPolicy(starter)).toBe(starter);
  });

  it("resets a team's own layout too: flow or block style, CRLF, a block left out", () => {
    const own = '# ours\r\nconnect:\r\n  - WAREHOUSE_URL\r\n\r\n# tokens\r\nsend: { STATS_TOKEN: [https://stats.corp.example] }\r\n';
    const starter = starterSecretPolicy(own);
    expect(starter).toBe('# ours\nconnect: []\n\n# tokens\nsend:\n  GITHUB_TOKEN: [https://api.github.com]\nread: []\n');
    expect(secretPolicySchema.parse(parseYaml(starter))).toEqual(defaultSecretPolicy);
    expect(secretPolicySchema.parse(parseYaml(starterSecretPolicy('# nothing yet\n')))).toEqual(defaultSecretPolicy);
  });
});

describe('npm run init on a copy of the sample', () => {
  const run = (project: string) =>
    spawnSync(process.execPath, [path.join(root, 'scripts/init.ts'), '--team', 'فريق المطورين', '--company', 'مثال', '--email', 'devrel@mithal.example', '--person', 'ليلى المنصوري <layla@mithal.example>', '--timezone', 'Asia/Dubai'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, WIKI_CONTENT_DIR: path.join(project, 'content') },
    });
  const project = (policy: (dir: string) => void) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-init-run-'));
    cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
    mkdirSync(path.join(dir, '.github'));
    policy(dir);
    return dir;
  };

  it("resets the sample's metric secrets policy to the default, and says so", () => {
    const dir = project((d) => cpSync(path.join(root, secretPolicyFile), path.join(d, secretPolicyFile)));
    const result = run(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Reset ${secretPolicyFile}`);
    expect(secretPolicySchema.parse(parseYaml(readFileSync(path.join(dir, secretPolicyFile), 'utf8')))).toEqual(defaultSecretPolicy);
    rmSync(dir, { recursive: true, force: true });
  });

  it('never writes through a policy that is a symbolic link', () => {
    const outside = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-init-outside-')), 'precious.yaml');
    writeFileSync(outside, 'send:\n  MINE: [https://mine.example]\n');
    const dir = project((d) => symlinkSync(outside, path.join(d, secretPolicyFile)));
    const result = run(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Left ${secretPolicyFile} alone: it is not a plain file`);
    expect(readFileSync(outside, 'utf8')).toBe('send:\n  MINE: [https://mine.example]\n');
    rmSync(dir, { recursive: true, force: true });
  });
});
