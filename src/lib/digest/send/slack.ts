/**
 * The digest's Slack message, for an incoming webhook: `text` (the notification and
 * the fallback) and Block Kit blocks. Slack reads `&`, `<` and `>` as its control
 * characters in mrkdwn (`<!channel>`, `<@U123>`, `<https://x|label>`), so every value
 * in mrkdwn is escaped to `&amp;`, `&lt;`, `&gt;`; figures and the title use
 * `plain_text`, which Slack does not parse at all. Previews of linked pages are off.
 */
import type { ChatSummary } from './chat-summary.ts';

/** Slack's escaping for mrkdwn text: only these three, as its formatting reference says. */
export const escapeMrkdwn = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A URL inside `<url|label>`: our own links (SITE_URL + a path), made unable to close the link. */
const linkTarget = (url: string): string => url.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C');

const plain = (text: string, max: number) => ({ type: 'plain_text', text: text.slice(0, max), emoji: false });

export function slackPayload(summary: ChatSummary): Record<string, unknown> {
  const eventLines = summary.events.map((e) => `• <${linkTarget(e.url)}|${escapeMrkdwn(e.title)}>: ${escapeMrkdwn(e.details)}`);
  if (summary.moreEvents) eventLines.push(`_${escapeMrkdwn(summary.moreEvents)}_`);
  if (summary.noEvents) eventLines.push(escapeMrkdwn(summary.noEvents));
  return {
    text: `${escapeMrkdwn(summary.title)}: <${linkTarget(summary.link.url)}|${escapeMrkdwn(summary.link.label)}>`,
    unfurl_links: false,
    unfurl_media: false,
    blocks: [
      // Slack's limits: a header's text 150 characters, a field 2,000, a section's text 3,000.
      { type: 'header', text: plain(summary.title, 150) },
      { type: 'section', fields: summary.figures.map((f) => plain(`${f.label}\n${f.value}`, 2000)) },
      { type: 'section', text: { type: 'mrkdwn', text: `*${escapeMrkdwn(summary.eventsHeading)}*\n${eventLines.join('\n')}`.slice(0, 3000) } },
      { type: 'actions', elements: [{ type: 'button', text: plain(summary.link.label, 75), url: summary.link.url, style: 'primary' }] },
    ],
  };
}
