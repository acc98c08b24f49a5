/** `/meetings.ics`: every open meeting in one calendar to subscribe to. */
import { t } from '../i18n/index.ts';
import type { APIRoute } from 'astro';
import { calendarFor } from '../data/calendar.ts';
import { site } from '../data/site.ts';
import { getWiki } from '../data/wiki.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const wiki = await getWiki();
  return calendarFor(wiki.meetings.map((m) => m.entry), t('calendar.meetings', { site: site.title }), siteUrl, wiki.now);
};
