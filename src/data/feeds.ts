/**
 * RSS feeds for updates and recaps, so colleagues follow DevRel in their feed reader or
 * a chat channel's RSS integration. Items link to the wiki; internal recaps are in the
 * feed too, because the feed lives on the intranet with the wiki itself (a `public: true`
 * wiki has none: getWiki() leaves them out). Events still
 * ahead are not recaps yet: they are in `/events.ics`, not in the feed.
 */
import rss from '@astrojs/rss';
import { site } from './site.ts';
import { teamName } from '../lib/team-name.ts';
import { getWiki } from './wiki.ts';
import { locale, t } from '../i18n/index.ts';
import { paths, withBase } from '../lib/urls.ts';

/** Feeds need absolute links; without SITE_URL they point at the local preview server. */
const fallbackSite = 'http://localhost:4321/';

/** Items are bounded: a feed reader only needs the recent ones. */
const feedLength = 30;

/** RSS's `<language>`: the site's tag, which check has validated as a BCP 47 tag (letters, digits and dashes only). */
const language = () => `<language>${locale.replace(/[^A-Za-z0-9-]/g, '')}</language>`;

export async function updatesFeed(siteUrl: URL | undefined): Promise<Response> {
  const wiki = await getWiki();
  return rss({
    title: t('layout.updatesFeed', { site: site.title }),
    description: t('feeds.updatesDescription', { team: teamName(site, t) }),
    customData: language(),
    site: siteUrl ?? fallbackSite,
    items: wiki.updates.slice(0, feedLength).map((update) => ({
      title: update.data.title,
      pubDate: update.data.date,
      link: withBase(paths.update(update.id)),
      author: wiki.teamById.get(update.data.author)?.data.email,
      categories: update.data.programs.map((id) => wiki.programById.get(id)?.data.title ?? id),
    })),
  });
}

export async function recapsFeed(siteUrl: URL | undefined): Promise<Response> {
  const wiki = await getWiki();
  return rss({
    title: t('layout.recapsFeed', { site: site.title }),
    description: t('feeds.recapsDescription', { team: teamName(site, t) }),
    customData: language(),
    site: siteUrl ?? fallbackSite,
    items: wiki.pastRecaps.slice(0, feedLength).map((recap) => ({
      title: recap.data.title,
      pubDate: recap.data.event.start,
      link: withBase(paths.recap(recap.id)),
      description: t('feeds.recapFacts', { why: recap.data.why, facts: [recap.data.event.name, recap.data.event.location, recap.data.audience === undefined ? '' : t('count.people', { count: recap.data.audience })].filter(Boolean).join(t('facts.separator')) }),
      categories: recap.data.tags,
    })),
  });
}
