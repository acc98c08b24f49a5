/**
 * Everything `npm run digest:send` sends for a month, composed once and before any
 * delivery: the e-mail (HTML with its charts as inline `cid:` PNG attachments, the
 * Markdown as its plain-text part, a one-line UTF-8 subject) and the three chat
 * payloads. `--dry-run` writes exactly these, so what a person reviews is what goes out.
 * Built with the digest's own model and renderers (the same as `npm run digest` and the
 * `/digest/<month>/` page), which follow the wiki's `public:` rule and language.
 */
import type { I18n } from '../../../i18n/i18n.ts';
import type { ContentReport } from '../../check/check-content.ts';
import { renderChartPng } from '../../metrics/render-chart.ts';
import { plannedCharts } from '../charts.ts';
import { renderDigestEmail } from '../email-html.ts';
import { digestInputFrom } from '../load.ts';
import { renderDigestMarkdown } from '../markdown.ts';
import { buildDigest, type Digest } from '../model.ts';
import type { ChatChannel } from './channels.ts';
import { oneLine } from './chat-text.ts';
import { chatSummary } from './chat-summary.ts';
import { googleChatPayload } from './google-chat.ts';
import { slackPayload } from './slack.ts';
import { teamsPayload } from './teams.ts';

/** An image in the message, referenced from the HTML as `cid:<cid>`. */
export interface InlineImage {
  cid: string;
  filename: string;
  content: Buffer;
}

export interface ComposedDigest {
  digest: Digest;
  subject: string;
  html: string;
  text: string;
  images: InlineImage[];
  /** The digest page on the wiki. */
  pageUrl: string;
  chat: Record<ChatChannel, Record<string, unknown>>;
}

export interface ComposeOptions {
  month: string;
  /** SITE_URL: every link in a message must be absolute. */
  link: (path: string) => string;
  /** The site's language (`loadI18n`), as on the digest page. */
  i18n: I18n;
}

export function composeDigest(report: ContentReport, contentDir: string, options: ComposeOptions): ComposedDigest {
  const { i18n } = options;
  const digest = buildDigest(digestInputFrom(report, contentDir), options.month, i18n);
  const siteTitle = report.site.title;
  // The renderer writes each chart's `src` as given: a cid: reference to the attachment.
  const charts = plannedCharts(digest, i18n).map((chart) => ({ ...chart, src: `cid:${chart.src}@digest` }));
  const images = charts.map((chart) => ({ cid: chart.src.slice('cid:'.length), filename: `chart-${chart.metricId}.png`, content: renderChartPng(chart.spec, 2) }));
  const render = { link: options.link, siteTitle, contactEmail: report.site.contact.email, i18n };
  const summary = chatSummary(digest, { siteTitle, link: options.link, i18n });
  return {
    digest,
    subject: oneLine(i18n.t('digestSend.subject', { site: siteTitle, month: digest.label }), 200),
    html: renderDigestEmail(digest, { ...render, charts }),
    text: renderDigestMarkdown(digest, render),
    images,
    pageUrl: options.link(digest.path),
    chat: { slack: slackPayload(summary), teams: teamsPayload(summary), 'google-chat': googleChatPayload(summary, digest.month) },
  };
}
