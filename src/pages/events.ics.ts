/** `/events.ics`: every upcoming event the team goes to, to subscribe to. */
import { t } from '../i18n/index.ts';
import type { APIRoute } from 'astro';
import { eventsCalendarFor } from '../data/calendar.ts';
import { site } from '../data/site.ts';
import { getWiki } from '../data/wiki.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const wiki = await getWiki();
  return eventsCalendarFor(wiki.upcomingEvents, t('calendar.events', { site: site.title }), siteUrl, wiki.now);
};
