/**
 * English words of the digest as it is sent (`npm run digest:send`): the e-mail's
 * subject and the chat messages' titles, figures and buttons. The digest's own text is
 * translated with its renderers; these are only the words sending adds.
 */
export const digestSend = {
  'digestSend.subject': '{site} digest: {month}',
  'digestSend.chat.title': '{site} digest: {month}',
  'digestSend.chat.heading': 'Monthly digest: {month}',
  'digestSend.chat.events': 'Events',
  'digestSend.chat.reached': 'People reached',
  'digestSend.chat.valueChange': '{value} · {change}',
  'digestSend.chat.whatWeDid': 'What we did',
  'digestSend.chat.noEvents': 'No events recapped this month.',
  'digestSend.chat.moreEvents': { one: 'and {count} more event in the digest', other: 'and {count} more events in the digest' },
  'digestSend.chat.read': 'Read the digest',
  'digestSend.chat.eventWhenWhere': '{when}, {where}',
} as const;
