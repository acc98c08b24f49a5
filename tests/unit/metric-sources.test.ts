/**
 * The `source` field of a metric definition: a sentence stays valid (hand-typed data),
 * a block with `type:` describes pulled data; every mistake reads as a fix. Asserted
 * through describeIssues, the words `npm run check` prints.
 */
import { describe, expect, it } from 'vitest';
import { metricSchema } from '../../src/schemas/metrics.ts';
import { describeIssues } from '../../src/lib/check/schema-issues.ts';
import { formatFieldPath } from '../../src/lib/check/problem.ts';
import { sourceText } from '../../src/lib/metrics/source-text.ts';
import { english } from '../../src/i18n/i18n.ts';

const base = { title: 'Stars', description: 'Stars on GitHub.', unit: 'stars', owner: 'rafael-costa', aggregation: 'last' };

function problems(source: unknown): string[] {
  const result = metricSchema.safeParse({ ...base, source }, { reportInput: true });
  if (result.success) throw new Error(`expected a problem, parsed to ${JSON.stringify(result.data.source)}`);
  return describeIssues(metricSchema, result.error.issues).map((i) => `${formatFieldPath(i.path)}: ${i.message}${i.hint ? ` (${i.hint})` : ''}`);
}
const parse = (source: unknown, aggregation = 'last') => metricSchema.parse({ ...base, aggregation, source });

describe('metric source', () => {
  it('keeps a sentence as hand-typed data', () => {
    expect(parse('Discourse admin export').source).toBe('Discourse admin export');
    expect(sourceText('Discourse admin export', english)).toEqual({ text: 'Discourse admin export', pulled: false });
  });

  it('reads every source type in the shape the README documents, with defaults for the API bases', () => {
    expect(parse({ type: 'github', repo: 'lumenstack/lumen', measure: 'stars', token: 'GITHUB_TOKEN' }).source).toMatchObject({ api: 'https://api.github.com', token: 'GITHUB_TOKEN' });
    expect(parse({ type: 'github', repos: ['a/b', 'a/c'], measure: 'forks', api: 'https://github.example.com/api/v3' }).source).toMatchObject({ repos: ['a/b', 'a/c'] });
    expect(parse({ type: 'npm', packages: ['@lumenstack/sdk', 'lumen-cli'] }, 'sum').source).toMatchObject({ api: 'https://api.npmjs.org' });
    expect(parse({ type: 'pypi', package: 'lumen-sdk' }, 'sum').source).toMatchObject({ api: 'https://pypistats.org/api' });
    expect(parse({ type: 'discourse', url: 'https://forum.example.com', measure: 'topics', apiKey: 'DISCOURSE_API_KEY', apiUser: 'DISCOURSE_API_USER' }, 'sum').source).toMatchObject({ measure: 'topics' });
    expect(parse({ type: 'http-json', url: 'https://stats.example.com/x.json', pointer: '/stats/total' }).source).toMatchObject({ pointer: '/stats/total' });
    expect(parse({ type: 'sql', connection: 'ANALYTICS_DATABASE_URL', query: 'select 1' }).source).toMatchObject({ type: 'sql' });
    const pulled = parse({ type: 'github', repo: 'a/b', measure: 'stars', pulled: '2026-12-07', description: 'Stars on the main repository' }).source;
    expect(sourceText(pulled, english)).toEqual({ text: 'Stars on the main repository', pulled: true, pulledOn: new Date('2026-12-07T00:00:00Z') });
    expect(sourceText(parse({ type: 'npm', packages: ['a', 'b', 'c'] }, 'sum').source, english).text).toBe('npm downloads of a, b, and c');
  });

  it('says which type to write, with the closest one', () => {
    expect(problems({ type: 'gihub', repo: 'a/b' })).toEqual([
      'source.type: "gihub" is not a source type; expected one of: github, npm, pypi, discourse, http-json, sql (did you mean "github"?)',
    ]);
    expect(problems({ repo: 'a/b' })[0]).toMatch(/^source.type: a source block needs type: one of github, npm/);
  });

  it('names the misspelt field and the missing one, inside the block', () => {
    expect(problems({ type: 'github', repo: 'a/b', measure: 'stars', tokn: 'GITHUB_TOKEN' })).toEqual([
      'source.tokn: unknown field "tokn" in a github source (did you mean "token"?)',
    ]);
    expect(problems({ type: 'github', measure: 'stars' })).toEqual([
      'source.repo: a github source needs repo: owner/name, or repos: a list whose counts add up (one of the two)',
    ]);
    expect(problems({ type: 'github', repo: 'lumen', measure: 'stargazers' })).toEqual([
      'source.repo: expected a repository written owner/name, like "lumenstack/lumen"',
      'source.measure: "stargazers" is not allowed here; expected one of: stars, forks, open-issues, contributors',
    ]);
    expect(problems({ type: 'discourse', url: 'https://f.example.com', measure: 'posts', apiKey: 'KEY' })).toEqual([
      'source.apiUser: admin reports need both apiKey and apiUser (the names of two environment variables), or neither for the public statistics',
    ]);
    expect(problems({ type: 'sql', query: 'select 1' })).toEqual([
      'source.connection: required field "connection" is missing (expected the name of the environment variable that holds the connection string, like ANALYTICS_DATABASE_URL)',
    ]);
    expect(problems({ type: 'http-json', url: 'https://x.example.com', pointer: 'stats.total' })[0]).toMatch(/^source.pointer: expected a JSON Pointer like "\/stats\/total"/);
    expect(problems(5)).toEqual(['source: a source block needs type: one of github, npm, pypi, discourse, http-json, sql (or write the source as a sentence for hand-typed data), got 5']);
  });

  it('wants an environment variable name where a secret goes', () => {
    expect(problems({ type: 'github', repo: 'a/b', measure: 'stars', token: 'my token' })).toEqual([
      'source.token: expected the name of the environment variable that holds a GitHub token (letters, digits and _, like GITHUB_TOKEN)',
    ]);
  });
});

describe('aggregation of a pulled source', () => {
  it('wants last for levels and sum for daily counts', () => {
    const result = metricSchema.safeParse({ ...base, aggregation: 'sum', source: { type: 'github', repo: 'a/b', measure: 'stars' } }, { reportInput: true });
    expect(result.success ? [] : describeIssues(metricSchema, result.error.issues).map((i) => `${formatFieldPath(i.path)}: ${i.message}`)).toEqual([
      'aggregation: GitHub stars are a count as of a day: use aggregation: last, not sum',
    ]);
    const downloads = metricSchema.safeParse({ ...base, aggregation: 'last', source: { type: 'npm', package: 'x' } }, { reportInput: true });
    expect(downloads.success ? [] : describeIssues(metricSchema, downloads.error.issues).map((i) => i.message)).toEqual(['npm downloads are counted per day: use aggregation: sum, not last']);
    expect(metricSchema.safeParse({ ...base, aggregation: 'sum', source: { type: 'sql', connection: 'DB', query: 'select 1' } }).success).toBe(true);
  });
});
