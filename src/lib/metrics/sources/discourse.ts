/**
 * Discourse forums. Active users come from the forum's statistics (`/about.json`:
 * people active in the last 30 days), read as of today. New topics and posts come
 * per day from the admin reports when `apiKey`/`apiUser` name the credentials; without
 * them, from the same public statistics (the last 30 days, as of today).
 */
import type { DiscourseSource } from '../../../schemas/metric-sources.ts';
import { SourceError } from './errors.ts';
import type { Fetched, SourceContext } from './types.ts';

const statistic = { 'active-users': 'active_users_30_days', topics: 'topics_30_days', posts: 'posts_30_days' } as const;

export async function fetchDiscourse(source: DiscourseSource, context: SourceContext): Promise<Fetched> {
  const base = source.url.replace(/\/+$/, '');
  const { apiKey: key, apiUser: user } = context.secrets;
  const request = {
    // Both were allowed for the forum's origin, the one origin they travel to.
    credentials: key && user ? { variable: key.variable, origin: key.origin!, headers: { 'api-key': key.value, 'api-username': user.value } } : undefined,
    credentialField: 'apiKey',
  };

  if (key && source.measure !== 'active-users') {
    const { body } = await context.http.getJson(`${base}/admin/reports/${source.measure}.json?start_date=${context.from}&end_date=${context.today}`, { ...request, notFound: `the ${source.measure} report` });
    const data = (body as { report?: { data?: unknown } }).report?.data;
    if (!Array.isArray(data)) throw new SourceError(`the ${source.measure} report has no data`, 'check that url: is the forum\'s address and that apiUser: names an admin');
    return {
      kind: 'history',
      observations: (data as Array<{ x?: unknown; y?: unknown }>).map((point) => {
        if (typeof point.x !== 'string' || typeof point.y !== 'number') throw new SourceError(`a point of the ${source.measure} report is not {x: date, y: number}`, 'check the forum\'s Discourse version (reports changed shape before 2.0)');
        return { date: point.x.slice(0, 10), value: point.y };
      }),
    };
  }

  const { body } = await context.http.getJson(`${base}/about.json`, { ...request, notFound: 'the forum\'s statistics (about.json)' });
  const name = statistic[source.measure];
  const value = (body as { about?: { stats?: Record<string, unknown> } }).about?.stats?.[name];
  if (typeof value !== 'number') throw new SourceError(`the forum's statistics have no ${name}`, 'check that url: is the forum\'s address; the statistics can be turned off in the forum\'s settings (share anonymized statistics)');
  return { kind: 'snapshot', observations: [{ date: context.today, value }] };
}
