/**
 * GitHub and GitHub Enterprise Server (`api:` base). Stars come with history: the
 * stargazers list with the `star+json` media type dates every star, so the count at
 * the end of any past period is known. Forks, open issues and contributors are only
 * known as of today. With `repos:` the counts add up (contributors are counted once
 * across repositories).
 */
import type { GithubSource } from '../../../schemas/metric-sources.ts';
import { addDays } from '../cadence.ts';
import { SourceError } from './errors.ts';
import type { RequestOptions } from './http.ts';
import { bearer } from './secrets.ts';
import type { Fetched, Observation, SourceContext } from './types.ts';

/** The API's stable version, so answers keep their shape. */
const apiVersion = '2022-11-28';

export async function fetchGithub(source: GithubSource, context: SourceContext): Promise<Fetched> {
  const api = source.api.replace(/\/+$/, '');
  const credentials = bearer(context.secrets.token);
  const repos = source.repos ?? [source.repo!];
  const request = (repo: string, accept = 'application/vnd.github+json'): RequestOptions => ({
    headers: { accept, 'x-github-api-version': apiVersion },
    credentials,
    credentialField: 'token',
    notFound: `repository ${repo}`,
  });

  if (source.measure === 'stars') {
    const days: string[] = [];
    for (const repo of repos) {
      const stars = await context.http.getAllPages(`${api}/repos/${repo}/stargazers?per_page=100`, request(repo, 'application/vnd.github.star+json'));
      for (const star of stars) {
        const at = (star as { starred_at?: unknown }).starred_at;
        if (typeof at !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(at)) {
          throw new SourceError(`a stargazer of ${repo} has no starred_at date`, 'the API ignored the star+json media type: check that api: points at the GitHub API itself, not a proxy that rewrites headers');
        }
        days.push(at.slice(0, 10));
      }
    }
    return { kind: 'history', observations: cumulative(days, context.today) };
  }

  if (source.measure === 'contributors') {
    const people = new Set<string>();
    for (const repo of repos) {
      const list = await context.http.getAllPages(`${api}/repos/${repo}/contributors?per_page=100`, request(repo));
      for (const person of list) people.add(String((person as { login?: unknown; id?: unknown }).login ?? (person as { id?: unknown }).id));
    }
    return { kind: 'snapshot', observations: [{ date: context.today, value: people.size }] };
  }

  const field = source.measure === 'forks' ? 'forks_count' : 'open_issues_count';
  let total = 0;
  for (const repo of repos) {
    const { body } = await context.http.getJson(`${api}/repos/${repo}`, request(repo));
    const value = (body as Record<string, unknown> | null)?.[field];
    if (typeof value !== 'number') throw new SourceError(`the answer for ${repo} has no number ${field}`, 'check that api: points at the GitHub API (…/api/v3 for GitHub Enterprise)');
    total += value;
  }
  return { kind: 'snapshot', observations: [{ date: context.today, value: total }] };
}

/** The running total of stars on every day from the first star to `today`. */
function cumulative(days: string[], today: string): Observation[] {
  if (days.length === 0) return [];
  const perDay = new Map<string, number>();
  for (const day of days) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  const first = [...perDay.keys()].sort()[0]!;
  const observations: Observation[] = [];
  let total = 0;
  for (let day = first; day <= today; day = addDays(day, 1)) {
    total += perDay.get(day) ?? 0;
    observations.push({ date: day, value: total });
  }
  return observations;
}
