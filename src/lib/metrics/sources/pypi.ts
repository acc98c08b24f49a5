/**
 * PyPI download counts per day from pypistats.org (`api:` for a compatible service):
 * downloads without mirrors, for the last 180 days, which is all the service keeps.
 * With `packages:` the downloads add up.
 */
import type { PypiSource } from '../../../schemas/metric-sources.ts';
import { SourceError } from './errors.ts';
import type { Fetched, Observation, SourceContext } from './types.ts';

export async function fetchPypi(source: PypiSource, context: SourceContext): Promise<Fetched> {
  const api = source.api.replace(/\/+$/, '');
  const observations: Observation[] = [];
  for (const name of source.packages ?? [source.package!]) {
    const { body } = await context.http.getJson(`${api}/packages/${encodeURIComponent(name.toLowerCase())}/overall?mirrors=false`, { notFound: `package ${name}` });
    const data = (body as { data?: unknown }).data;
    if (!Array.isArray(data)) throw new SourceError(`the answer for ${name} has no data list`, 'check that api: points at the pypistats API, like https://pypistats.org/api');
    for (const entry of data as Array<{ category?: unknown; date?: unknown; downloads?: unknown }>) {
      if (entry.category !== undefined && entry.category !== 'without_mirrors') continue;
      if (typeof entry.date !== 'string' || typeof entry.downloads !== 'number') {
        throw new SourceError(`an entry for ${name} is not {date, downloads}`, 'check that api: points at the pypistats API');
      }
      if (entry.date >= context.from) observations.push({ date: entry.date, value: entry.downloads });
    }
  }
  return { kind: 'history', observations };
}
