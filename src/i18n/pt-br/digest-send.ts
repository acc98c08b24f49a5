/** Brazilian Portuguese: the strings of `../en/digest-send.ts`. */
import type { digestSend as source } from '../en/digest-send.ts';
import type { Translation } from '../types.ts';

export const digestSend: Translation<typeof source> = {
  'digestSend.subject': 'Resumo de {site}: {month}',
  'digestSend.chat.title': 'Resumo de {site}: {month}',
  'digestSend.chat.heading': 'Resumo mensal: {month}',
  'digestSend.chat.events': 'Eventos',
  'digestSend.chat.reached': 'Pessoas alcançadas',
  'digestSend.chat.valueChange': '{value} · {change}',
  'digestSend.chat.whatWeDid': 'O que fizemos',
  'digestSend.chat.noEvents': 'Nenhum evento relatado neste mês.',
  'digestSend.chat.moreEvents': { one: 'e mais {count} evento no resumo', other: 'e mais {count} eventos no resumo' },
  'digestSend.chat.read': 'Ler o resumo',
  'digestSend.chat.eventWhenWhere': '{when}, {where}',
};
