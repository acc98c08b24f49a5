/**
 * The digest's Microsoft Teams message, for a Workflows (Power Automate) webhook ("Send
 * webhook alerts to a channel"): a `message` with one Adaptive Card attachment, the
 * shape Microsoft documents for it. The legacy Office 365 connector webhooks (and their
 * MessageCard format) are retired; a Workflows URL replaces them.
 *
 * Content goes only into `TextRun`s of `RichTextBlock`s, which Adaptive Cards never read
 * as Markdown, so a value cannot add a link, a list or formatting; links are
 * `Action.OpenUrl` actions on our own URLs. Mentions need `msteams.entities`, which this
 * card never has.
 */
import type { ChatSummary } from './chat-summary.ts';

type TextRun = { type: 'TextRun'; text: string; weight?: 'Bolder'; size?: 'Large' | 'Medium'; selectAction?: { type: 'Action.OpenUrl'; url: string } };

const line = (...inlines: TextRun[]) => ({ type: 'RichTextBlock', inlines });
const run = (text: string, extra: Omit<TextRun, 'type' | 'text'> = {}): TextRun => ({ type: 'TextRun', text, ...extra });

export function teamsPayload(summary: ChatSummary): Record<string, unknown> {
  const events = summary.events.map((e) => line(run(e.title, { weight: 'Bolder', selectAction: { type: 'Action.OpenUrl', url: e.url } }), run(`: ${e.details}`)));
  const after = [summary.moreEvents, summary.noEvents].filter((s): s is string => Boolean(s)).map((s) => line(run(s)));
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          msteams: { width: 'Full' },
          body: [
            line(run(summary.title, { size: 'Large', weight: 'Bolder' })),
            {
              type: 'ColumnSet',
              columns: summary.figures.map((f) => ({ type: 'Column', width: 'stretch', items: [line(run(f.label)), line(run(f.value, { size: 'Medium', weight: 'Bolder' }))] })),
            },
            line(run(summary.eventsHeading, { weight: 'Bolder' })),
            ...events,
            ...after,
          ],
          actions: [{ type: 'Action.OpenUrl', title: summary.link.label, url: summary.link.url }],
        },
      },
    ],
  };
}
