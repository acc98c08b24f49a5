/** `/recaps/<id>.ics`: one upcoming event, for "Add to calendar" on its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsCalendarFor } from '../../data/calendar.ts';
import { getWiki, type RecapEntry } from '../../data/wiki.ts';

export const getStaticPaths = (async () => {
  const wiki = await getWiki();
  return wiki.upcomingEvents.map((recap) => ({ params: { id: recap.id }, props: { recap } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ recap: RecapEntry }> = async ({ props, site: siteUrl }) => {
  const wiki = await getWiki();
  return eventsCalendarFor([props.recap], props.recap.data.event.name, siteUrl, wiki.now);
};
