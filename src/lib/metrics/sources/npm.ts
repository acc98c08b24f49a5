/**
 * npm download counts per day (the registry's downloads API, `api:` for a mirror that
 * offers it). The API answers at most 18 months per request, so longer backfills are
 * asked for a year at a time. With `packages:` the downloads add up.
 */
import type { NpmSource } from '../../../schemas/metric-sources.ts';
import { addDays } from '../cadence.ts';
import { SourceError } from './errors.ts';
import type { Fetched, Observation, SourceContext } from './types.ts';

export async function fetchNpm(source: NpmSource, context: SourceContext): Promise<Fetched> {
  const api = source.api.replace(/\/+$/, '');
  const observations: Observation[] = [];
  for (const name of source.packages ?? [source.package!]) {
    for (let start = context.from; start <= context.today; start = addDays(start, 365)) {
      const end = [addDays(start, 364), context.today].sort()[0]!;
      const { body } = await context.http.getJson(`${api}/downloads/range/${start}:${end}/${name}`, { notFound: `package ${name}` });
      const downloads = (body as { downloads?: unknown }).downloads;
      if (!Array.isArray(downloads)) throw new SourceError(`the answer for ${name} has no downloads list`, 'check that api: points at the npm downloads API, like https://api.npmjs.org');
      for (const entry of downloads as Array<{ day?: unknown; downloads?: unknown }>) {
        if (typeof entry.day !== 'string' || typeof entry.downloads !== 'number') {
          throw new SourceError(`an entry for ${name} is not {day, downloads}`, 'check that api: points at the npm downloads API');
        }
        observations.push({ date: entry.day, value: entry.downloads });
      }
    }
  }
  return { kind: 'history', observations };
}
