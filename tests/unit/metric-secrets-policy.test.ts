/**
 * The maintainers' metric secrets policy as a file (`.github/metric-secrets.yaml`):
 * the defaults without it, what a maintainer may write (origins only, https except on
 * this machine, a connection string never sent), a file that cannot be trusted (a link,
 * too large, invalid) allowing nothing, whom CODEOWNERS names for it, and
 * `npm run check` reporting each source the policy refuses at its line.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { checkMetricSecrets } from '../../src/lib/check/metric-secrets.ts';
import { ownersOfPath } from '../../src/lib/codeowners-match.ts';
import { loadSecretPolicy } from '../../src/lib/metrics/secret-policy-file.ts';
import { describeValue, mediaType } from '../../src/lib/metrics/sources/answer.ts';
import { definition, metricProject, type MetricProject } from '../helpers/metric-project.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-policy-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}
const problems = (root: string) => loadSecretPolicy(root).problems.map((p) => `${p.line ?? '-'} ${p.field ?? ''} ${p.message}`);

describe('loading the policy', () => {
  it('without a file: GITHUB_TOKEN to https://api.github.com and nothing else, owners from CODEOWNERS', () => {
    const { policy, problems: found } = loadSecretPolicy(repo({ '.github/CODEOWNERS': '* @acme/devrel\n/content/x.md @ana\n' }));
    expect(found).toEqual([]);
    expect(policy).toEqual({ rules: { send: { GITHUB_TOKEN: ['https://api.github.com'] }, connect: [], read: [] }, fromFile: false, owners: ['@acme/devrel'] });
  });

  it('reads send:, connect: and read:, and an empty file allows nothing', () => {
    const root = repo({ '.github/metric-secrets.yaml': 'send:\n  GHE_TOKEN: [https://github.acme.example, "https://github.acme.example:8443/"]\nconnect: [WAREHOUSE_URL]\nread: [https://status.acme.example]\n' });
    expect(loadSecretPolicy(root).policy.rules).toEqual({ send: { GHE_TOKEN: ['https://github.acme.example', 'https://github.acme.example:8443/'] }, connect: ['WAREHOUSE_URL'], read: ['https://status.acme.example'] });
    expect(loadSecretPolicy(repo({ '.github/metric-secrets.yaml': '# nothing yet\n' })).policy.rules).toEqual({ send: {}, connect: [], read: [] });
  });

  it('refuses what is not an origin, plain http to another machine, and a connection string that would be sent', () => {
    const root = repo({
      '.github/metric-secrets.yaml': [
        'send:',
        '  A: [https://api.example.com/v1]',
        '  B: [http://stats.internal.example]',
        '  C: [ftp://files.example.com]',
        '  D: [https://user:pw@api.example.com]',
        '  E: []',
        '  LMS_DATABASE_URL: [https://api.example.com]',
        '  "bad name": [https://x.example]',
        '  F: [http://127.0.0.1:8080, "http://[::1]:9"]',
        'connect: [LMS_DATABASE_URL]',
        'extra: 1',
        'read: [https://status.example.com/api, http://status.internal.example]',
      ].join('\n'),
    });
    expect(problems(root)).toEqual([
      '2 send.A[0] "https://api.example.com/v1" is more than an origin; write https://api.example.com (an origin is allowed whole: scheme, host and port)',
      '3 send.B[0] "http://stats.internal.example" would send the secret unencrypted; write https://stats.internal.example (http:// is allowed for 127.0.0.1 and localhost only)',
      '4 send.C[0] "ftp://files.example.com" is not a web origin; expected https://host',
      '5 send.D[0] "https://user:pw@api.example.com" is more than an origin; write https://api.example.com (an origin is allowed whole: scheme, host and port)',
      '6 send.E list at least one origin, or remove the variable',
      expect.stringMatching(/^7 send\.LMS_DATABASE_URL LMS_DATABASE_URL is listed under connect: as a database connection string/),
      '8 send.bad name "bad name" is not the name of an environment variable (letters, digits and _, like GITHUB_TOKEN)',
      '11 extra unknown field "extra"',
      '12 read[0] "https://status.example.com/api" is more than an origin; write https://status.example.com (an origin is allowed whole: scheme, host and port)',
      '12 read[1] "http://status.internal.example" would read it unencrypted; write https://status.internal.example (http:// is allowed for 127.0.0.1 and localhost only)',
    ]);
    // An invalid file allows nothing at all.
    expect(loadSecretPolicy(root).policy.rules).toEqual({ send: {}, connect: [], read: [] });
  });

  it('a symbolic link, a folder or a huge file is not read, and allows nothing', () => {
    const outside = repo({ 'secrets.env': 'GITHUB_TOKEN=ghp_notToBeRead\n' });
    const linked = repo({});
    mkdirSync(path.join(linked, '.github'));
    symlinkSync(path.join(outside, 'secrets.env'), path.join(linked, '.github/metric-secrets.yaml'));
    const result = loadSecretPolicy(linked);
    expect(result.problems.map((p) => p.message)).toEqual(['is not a plain file (a symbolic link or a folder); the pull sends no secret until it is one']);
    expect(JSON.stringify(result)).not.toContain('ghp_notToBeRead');
    expect(result.policy.rules).toEqual({ send: {}, connect: [], read: [] });
    const huge = repo({ '.github/metric-secrets.yaml': `# ${'x'.repeat(70_000)}\n` });
    expect(problems(huge)).toEqual(['-  is larger than 64 KB; the pull sends no secret until it is fixed']);
  });
});

describe('CODEOWNERS: who owns a path', () => {
  it('takes the last matching rule, as GitHub does', () => {
    const text = ['* @everyone', '/content/ @writers', '.github/ @maintainers', '/.github/workflows/ @ci # workflows', '*.md @docs', 'docs/**/guide.yaml @guides', '/a\\ b.txt @spaced'].join('\n');
    expect(ownersOfPath(text, '.github/metric-secrets.yaml')).toEqual(['@maintainers']);
    expect(ownersOfPath(text, '.github/workflows/metrics.yml')).toEqual(['@ci']);
    expect(ownersOfPath(text, 'content/team/ana.yaml')).toEqual(['@writers']);
    expect(ownersOfPath(text, 'content/README.md')).toEqual(['@docs']);
    expect(ownersOfPath(text, 'docs/x/y/guide.yaml')).toEqual(['@guides']);
    expect(ownersOfPath(text, 'a b.txt')).toEqual(['@spaced']);
    expect(ownersOfPath(text, 'src/x.ts')).toEqual(['@everyone']);
    expect(ownersOfPath('/content/ @w\n', '.github/metric-secrets.yaml')).toEqual([]);
  });
});

describe('npm run check and the policy', () => {
  const projects: MetricProject[] = [];
  afterEach(() => {
    for (const p of projects.splice(0)) rmSync(p.root, { recursive: true, force: true });
  });

  it('reports each source the policy refuses at its line, naming the owners to ask; an allowed one passes', () => {
    const p = metricProject({
      'ok.yaml': definition('Stars', 'last', 'type: github\nrepo: a/b\nmeasure: stars\ntoken: GITHUB_TOKEN'),
      'ok.csv': 'date,value\n',
      'ghe.yaml': definition('GHE stars', 'last', 'type: github\nrepo: a/b\nmeasure: stars\napi: https://github.acme.example/api/v3\ntoken: GITHUB_TOKEN'),
      'ghe.csv': 'date,value\n',
      'db.yaml': definition('Rows', 'sum', 'type: sql\nconnection: WAREHOUSE_URL\nquery: select 1'),
      'db.csv': 'date,value\n',
      'free.yaml': definition('Downloads', 'sum', 'type: npm\npackage: left-pad'),
      'free.csv': 'date,value\n',
      'status.yaml': definition('Uptime', 'last', 'type: http-json\nurl: https://status.acme.example/api/uptime.json\npointer: /percent'),
      'status.csv': 'date,value\n',
    });
    projects.push(p);
    mkdirSync(path.join(p.root, '.github'));
    writeFileSync(path.join(p.root, '.github/CODEOWNERS'), '* @acme/devrel\n/.github/ @acme/platform\n');
    const report = checkContent(p.content, p.root);
    const found = checkMetricSecrets(report.entries, p.root).map((x) => `${x.severity} ${x.file}:${x.line} ${x.field} ${x.message} | ${x.hint}`);
    expect(found).toEqual([
      'error content/metrics/db.yaml:8 source.connection WAREHOUSE_URL (named by connection:) is not a database connection the default policy (there is no .github/metric-secrets.yaml) allows | ask a maintainer (@acme/platform, who own .github/metric-secrets.yaml) to list WAREHOUSE_URL under connect:, if it holds the connection string of a read-only database login',
      'error content/metrics/ghe.yaml:11 source.token GITHUB_TOKEN (named by token:) may not be sent to https://github.acme.example: the default policy (there is no .github/metric-secrets.yaml) allows it only to https://api.github.com | ask a maintainer (@acme/platform, who own .github/metric-secrets.yaml) to add https://github.acme.example under send: GITHUB_TOKEN:, if that service should receive it; the pull does not run this source until then',
      'error content/metrics/status.yaml:8 source.url the pull may not read https://status.acme.example (named by url:): the default policy (there is no .github/metric-secrets.yaml) does not list it | ask a maintainer (@acme/platform, who own .github/metric-secrets.yaml) to add https://status.acme.example under read:, if the pull should read that service; it reads only the public APIs it knows (https://api.github.com, https://api.npmjs.org, https://pypistats.org) and the origins maintainers list',
    ]);
    // The maintainers allow all three: nothing to report.
    writeFileSync(path.join(p.root, '.github/metric-secrets.yaml'), 'send:\n  GITHUB_TOKEN: [https://api.github.com, https://github.acme.example]\nconnect: [WAREHOUSE_URL]\nread: [https://status.acme.example]\n');
    expect(checkMetricSecrets(report.entries, p.root)).toEqual([]);
    // A broken policy is reported once, not once per source.
    writeFileSync(path.join(p.root, '.github/metric-secrets.yaml'), 'send: [GITHUB_TOKEN]\n');
    expect(checkMetricSecrets(report.entries, p.root).map((x) => x.file)).toEqual(['.github/metric-secrets.yaml']);
  });
});

describe('describing an answer without repeating it', () => {
  it('says its type and size only', () => {
    expect(['ghp_secret', '', 42, Number.NaN, true, null, [1, 2], { a: 1, b: 2 }, undefined].map(describeValue)).toEqual([
      'a string of 10 characters', 'an empty string', 'a number', 'a number that is not finite', 'a boolean', 'null', 'a list of 2 items', 'an object with 2 keys', 'nothing',
    ]);
    expect(mediaType(new Headers({ 'content-type': 'text/html; charset=utf-8' }))).toBe('text/html');
    expect(mediaType(new Headers({ 'content-type': 'text/x-\u001b[31mred' }))).toBe('an unreadable content type');
    expect(mediaType(new Headers())).toBe('no content type');
  });
});
