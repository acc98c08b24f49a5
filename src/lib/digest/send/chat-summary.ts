/**
 * What a chat message says about a month, the same for Slack, Teams and Google Chat:
 * a title, three or four headline figures (events, people reached, then the site's
 * headline metrics), the month's events with a link each, and a link to the digest
 * page. Content values are already made safe for chat (`chatText`); each service's
 * file adds its own escaping. Pure.
 */
import type { I18n } from '../../../i18n/i18n.ts';
import { changeText, recapDates, valueText } from '../format.ts';
import type { Digest } from '../model.ts';
import { oneLine, chatText } from './chat-text.ts';

export interface ChatFigure {
  label: string;
  value: string;
}

export interface ChatEvent {
  title: string;
  /** "20–21 Oct 2026, Raleigh, NC". */
  details: string;
  url: string;
}

export interface ChatSummary {
  /** "Lumenstack DevRel digest: October 2026". */
  title: string;
  /** "Monthly digest: October 2026": the wiki's own words and the month, no content. */
  heading: string;
  figures: ChatFigure[];
  eventsHeading: string;
  events: ChatEvent[];
  /** "No events recapped this month." when there were none. */
  noEvents?: string;
  /** "and 3 more events in the digest" when the list was cut. */
  moreEvents?: string;
  link: { label: string; url: string };
}

export interface ChatSummaryOptions {
  siteTitle: string;
  /** A site path to an absolute URL (SITE_URL is required for sending). */
  link: (path: string) => string;
  /** The site's language: the words, numbers and dates. */
  i18n: I18n;
  /** Events listed before "and N more"; a chat message is a teaser, the digest has them all. */
  maxEvents?: number;
}

/** Three or four figures: more do not read at a glance. */
const maxFigures = 4;

export function chatSummary(digest: Digest, options: ChatSummaryOptions): ChatSummary {
  const { i18n } = options;
  const { t, f } = i18n;
  const maxEvents = options.maxEvents ?? 8;
  const figures: ChatFigure[] = [
    { label: t('digestSend.chat.events'), value: f.number(digest.did.totals.events) },
    { label: t('digestSend.chat.reached'), value: f.number(digest.did.totals.audience) },
  ];
  for (const metric of digest.metrics.filter((m) => m.headline)) {
    if (figures.length >= maxFigures) break;
    const value = valueText(metric.current, digest.month, i18n);
    const text = metric.change === undefined ? value : t('digestSend.chat.valueChange', { value, change: changeText(metric, i18n) });
    figures.push({ label: chatText(metric.name, 60), value: chatText(text, 60) });
  }
  const recaps = digest.did.recaps;
  const events = recaps.slice(0, maxEvents).map((recap) => ({
    title: chatText(recap.title),
    details: chatText(t('digestSend.chat.eventWhenWhere', { when: recapDates(recap, i18n), where: recap.location })),
    url: options.link(recap.path),
  }));
  const site = oneLine(options.siteTitle);
  return {
    title: chatText(t('digestSend.chat.title', { site, month: digest.label }), 150),
    heading: t('digestSend.chat.heading', { month: digest.label }),
    figures,
    eventsHeading: t('digestSend.chat.whatWeDid'),
    events,
    noEvents: recaps.length ? undefined : t('digestSend.chat.noEvents'),
    moreEvents: recaps.length > maxEvents ? t('digestSend.chat.moreEvents', { count: recaps.length - maxEvents }) : undefined,
    link: { label: t('digestSend.chat.read'), url: options.link(digest.path) },
  };
}
