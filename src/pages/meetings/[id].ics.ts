/** `/meetings/<id>.ics`: one meeting's series, for "Add to calendar". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFor } from '../../data/calendar.ts';
import { getWiki, type MeetingEntry } from '../../data/wiki.ts';

export const getStaticPaths = (async () => {
  const wiki = await getWiki();
  return wiki.meetings.map(({ entry }) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: MeetingEntry }> = async ({ props, site }) => {
  const wiki = await getWiki();
  return calendarFor([props.entry], props.entry.data.title, site, wiki.now);
};
