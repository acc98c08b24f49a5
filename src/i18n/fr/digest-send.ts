/** French: the strings of `../en/digest-send.ts`. */
import type { digestSend as source } from '../en/digest-send.ts';
import type { Translation } from '../types.ts';

export const digestSend: Translation<typeof source> = {
  'digestSend.subject': 'Bilan de {site} : {month}',
  'digestSend.chat.title': 'Bilan de {site} : {month}',
  'digestSend.chat.heading': 'Bilan mensuel : {month}',
  'digestSend.chat.events': 'Événements',
  'digestSend.chat.reached': 'Personnes touchées',
  'digestSend.chat.valueChange': '{value} · {change}',
  'digestSend.chat.whatWeDid': 'Ce que nous avons fait',
  'digestSend.chat.noEvents': 'Aucun compte rendu d’événement ce mois-ci.',
  'digestSend.chat.moreEvents': { one: 'et {count} autre événement dans le bilan', other: 'et {count} autres événements dans le bilan' },
  'digestSend.chat.read': 'Lire le bilan',
  'digestSend.chat.eventWhenWhere': '{when}, {where}',
};
