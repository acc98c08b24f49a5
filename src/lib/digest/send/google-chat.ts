/**
 * The digest's Google Chat message, for an incoming webhook: a short `text` (the
 * notification) and one card (`cardsV2`). Card text is Google's small HTML subset, so
 * every content value is HTML-escaped and links are `<a>` on our own URLs. The `text`
 * holds only the wiki's own words and the month: in a text message `<users/all>`
 * mentions everyone, and no content value goes there.
 */
import { escapeHtml } from '../email-html.ts';
import type { ChatSummary } from './chat-summary.ts';

export function googleChatPayload(summary: ChatSummary, month: string): Record<string, unknown> {
  const events = summary.events.map((e) => `<a href="${escapeHtml(e.url)}">${escapeHtml(e.title)}</a>: ${escapeHtml(e.details)}`);
  if (summary.moreEvents) events.push(`<i>${escapeHtml(summary.moreEvents)}</i>`);
  if (summary.noEvents) events.push(escapeHtml(summary.noEvents));
  return {
    text: summary.heading,
    cardsV2: [
      {
        cardId: `digest-${month}`,
        card: {
          header: { title: summary.heading },
          sections: [
            { widgets: [{ textParagraph: { text: `<b>${escapeHtml(summary.title)}</b>` } }] },
            { widgets: summary.figures.map((f) => ({ decoratedText: { topLabel: escapeHtml(f.label), text: `<b>${escapeHtml(f.value)}</b>` } })) },
            { header: escapeHtml(summary.eventsHeading), widgets: [{ textParagraph: { text: events.join('<br>') } }] },
            { widgets: [{ buttonList: { buttons: [{ text: summary.link.label, onClick: { openLink: { url: summary.link.url } } }] } }] },
          ],
        },
      },
    ],
  };
}
