/**
 * RSS feeds for updates and recaps, so colleagues follow DevRel in their feed reader or
 * a chat channel's RSS integration. Items link to the wiki; internal recaps are in the
 * feed too, because the feed lives on the intranet with the wiki itself (a `public: true`
 * wiki has none: getWiki() leaves them out). Events still
 * ahead are not recaps yet: they are in `/events.ics`, not in the feed.
 */
import { site } from './site.ts';
import { teamName } from '../lib/team-name.ts';
import { getWiki } from './wiki.ts';
import { locale, t } from '../i18n/index.ts';
import { absoluteUrl, paths, withBase } from '../lib/urls.ts';
import { rssXml, type FeedItem } from '../lib/feeds/rss.ts';
import { imageFile } from '../lib/media/published-media.ts';
import { imageFileOf } from '../lib/media/content-images.ts';
import { recordingsOf } from '../lib/media/recordings.ts';
import { contentDir } from '../lib/paths.ts';

/** Feeds need absolute links; without SITE_URL they point at the local preview server. */
const fallbackSite = 'http://localhost:4321/';

/** Items are bounded: a feed reader only needs the recent ones. */
const feedLength = 30;

const rssResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });

/** An item's link: the page's path under the site's absolute address. */
const absolute = (siteUrl: string, pagePath: string) => new URL(pagePath, siteUrl).href;

export async function updatesFeed(siteUrl: URL | undefined): Promise<Response> {
  const wiki = await getWiki();
  const base = (siteUrl ?? new URL(fallbackSite)).href;
  return rssResponse(rssXml({
    title: t('layout.updatesFeed', { site: site.title }),
    description: t('feeds.updatesDescription', { team: teamName(site, t) }),
    link: base,
    language: locale,
    items: wiki.updates.slice(0, feedLength).map((update): FeedItem => ({
      title: update.data.title,
      pubDate: update.data.date,
      link: absolute(base, withBase(paths.update(update.id))),
      author: wiki.teamById.get(update.data.author)?.data.email,
      categories: update.data.programs.map((id) => wiki.programById.get(id)?.data.title ?? id),
    })),
  }));
}

export async function recapsFeed(siteUrl: URL | undefined): Promise<Response> {
  const wiki = await getWiki();
  const base = (siteUrl ?? new URL(fallbackSite)).href;
  const items = await Promise.all(wiki.pastRecaps.slice(0, feedLength).map(async (recap): Promise<FeedItem> => {
    // Recordings as links (a feed reader plays nothing), the cover as the published photo, never the original.
    const recordings = recordingsOf(recap.body ?? '', recap.data.links).map((r) => `${r.title}: ${r.url.startsWith('/') ? absoluteUrl(base, r.url) : r.url}`);
    const coverFile = recap.data.cover ? imageFileOf(recap.data.cover.src) : undefined;
    const cover = coverFile ? await imageFile(contentDir, coverFile) : undefined;
    return {
      title: recap.data.title,
      pubDate: recap.data.event.start,
      link: absolute(base, withBase(paths.recap(recap.id))),
      description: [t('feeds.recapFacts', { why: recap.data.why, facts: [recap.data.event.name, recap.data.event.location, recap.data.audience === undefined ? '' : t('count.people', { count: recap.data.audience })].filter(Boolean).join(t('facts.separator')) }), ...recordings].join(' · '),
      categories: recap.data.tags,
      ...(cover && coverFile ? { enclosure: { url: absoluteUrl(base, paths.image(coverFile)), length: cover.bytes.length, type: cover.type } } : {}),
    };
  }));
  return rssResponse(rssXml({
    title: t('layout.recapsFeed', { site: site.title }),
    description: t('feeds.recapsDescription', { team: teamName(site, t) }),
    link: base,
    language: locale,
    items,
  }));
}
