/** The meetings feed as the site publishes it: names, UIDs and URLs from the site settings. */
import { meetingsCalendar } from '../lib/calendar/meetings-ics.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';
import { site } from './site.ts';
import type { MeetingEntry } from './wiki.ts';

/** `lumenstack-devrel`: stable across deployments, unlike a host name. */
const uidDomain = `${site.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.devrel-wiki`;

export function calendarFor(meetings: readonly MeetingEntry[], name: string, siteUrl: URL | undefined, now: Date): Response {
  const body = meetingsCalendar(
    meetings.map((m) => ({ id: m.id, data: m.data, pageUrl: absoluteUrl(siteUrl, paths.meeting(m.id)) })),
    { name, uidDomain, now },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
