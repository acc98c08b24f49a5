/** German: the strings of `../en/digest-send.ts`. */
import type { digestSend as source } from '../en/digest-send.ts';
import type { Translation } from '../types.ts';

export const digestSend: Translation<typeof source> = {
  'digestSend.subject': '{site} – Monatsbericht: {month}',
  'digestSend.chat.title': '{site} – Monatsbericht: {month}',
  'digestSend.chat.heading': 'Monatsbericht: {month}',
  'digestSend.chat.events': 'Veranstaltungen',
  'digestSend.chat.reached': 'Erreichte Personen',
  'digestSend.chat.valueChange': '{value} · {change}',
  'digestSend.chat.whatWeDid': 'Was wir getan haben',
  'digestSend.chat.noEvents': 'Diesen Monat gab es keine Veranstaltungsrückblicke.',
  'digestSend.chat.moreEvents': { one: 'und {count} weitere Veranstaltung im Monatsbericht', other: 'und {count} weitere Veranstaltungen im Monatsbericht' },
  'digestSend.chat.read': 'Monatsbericht lesen',
  'digestSend.chat.eventWhenWhere': '{when}, {where}',
};
