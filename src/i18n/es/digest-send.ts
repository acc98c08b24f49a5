/** Spanish: the strings of `../en/digest-send.ts`. */
import type { digestSend as source } from '../en/digest-send.ts';
import type { Translation } from '../types.ts';

export const digestSend: Translation<typeof source> = {
  'digestSend.subject': 'Resumen de {site}: {month}',
  'digestSend.chat.title': 'Resumen de {site}: {month}',
  'digestSend.chat.heading': 'Resumen mensual: {month}',
  'digestSend.chat.events': 'Eventos',
  'digestSend.chat.reached': 'Personas alcanzadas',
  'digestSend.chat.valueChange': '{value} · {change}',
  'digestSend.chat.whatWeDid': 'Qué hicimos',
  'digestSend.chat.noEvents': 'Este mes no hubo crónicas de eventos.',
  'digestSend.chat.moreEvents': { one: 'y {count} evento más en el resumen', other: 'y {count} eventos más en el resumen' },
  'digestSend.chat.read': 'Leer el resumen',
  'digestSend.chat.eventWhenWhere': '{when}, {where}',
};
