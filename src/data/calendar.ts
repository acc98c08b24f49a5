/** The meetings and events feeds as the site publishes them: names, UIDs and URLs from the site settings. */
import { eventsCalendar } from '../lib/calendar/events-ics.ts';
import { meetingsCalendar } from '../lib/calendar/meetings-ics.ts';
import { uidDomainFor } from '../lib/calendar/uid.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';
import { site } from './site.ts';
import { t } from '../i18n/index.ts';
import type { MeetingEntry, RecapEntry } from './wiki.ts';

/** `lumenstack-devrel.devrel-wiki`: stable across deployments, unlike a host name. */
const uidDomain = uidDomainFor(site.title);

export function calendarFor(meetings: readonly MeetingEntry[], name: string, siteUrl: URL | undefined, now: Date): Response {
  const body = meetingsCalendar(
    meetings.map((m) => ({ id: m.id, data: m.data, pageUrl: absoluteUrl(siteUrl, paths.meeting(m.id)) })),
    { name, uidDomain, now, t },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** Upcoming events (recaps written ahead of their event) as all-day calendar events. */
export function eventsCalendarFor(events: readonly RecapEntry[], name: string, siteUrl: URL | undefined, now: Date): Response {
  const body = eventsCalendar(
    events.map((r) => ({ id: r.id, data: r.data, pageUrl: absoluteUrl(siteUrl, paths.recap(r.id)) })),
    { name, uidDomain, now, t },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
