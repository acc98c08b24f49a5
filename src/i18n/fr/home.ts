/** French: the strings of `../en/home.ts`. */
import type { home as source } from '../en/home.ts';
import type { Translation } from '../types.ts';

export const home: Translation<typeof source> = {
  'home.email': 'Écrire à l’équipe',
  'home.requests': 'Demander de l’aide à DevRel',
  'home.writeTo': 'Écrivez à {email}.',
  'home.writeToOrChat': 'Écrivez à {email} ou passez dire bonjour sur {chat}.',
  'home.activePrograms': 'Programmes actifs',
  'home.eventsYear': 'Événements, 12 derniers mois',
  'home.developersYear': 'Développeurs touchés, 12 derniers mois',
  'home.openMeetings': 'Réunions ouvertes à tous',
  'home.howWeAreDoing': 'Où nous en sommes',
  'home.workingOn': 'Ce sur quoi nous travaillons',
  'home.allUpdates': 'Toutes les actualités',
  'home.digest': 'Envie de vous tenir au courant ? Lisez le {digest} : les événements, les chiffres et les nouvelles de chaque mois sur une seule page.',
  'home.digestLink': 'bilan mensuel',
  'home.meetings': 'Rejoignez nos réunions',
  'home.allMeetings': 'Toutes les réunions',
  'home.programs': 'Programmes actifs',
  'home.allPrograms': 'Tous les programmes',
  'home.noneActive': 'Aucun programme n’est actif en ce moment ; {all} présente ceux qui sont prévus, en pause ou arrêtés.',
  'home.latestRecaps': 'Derniers comptes rendus d’événements',
  'home.allRecaps': 'Tous les comptes rendus',
  'home.allRecapsCount': { one: 'Le compte rendu', other: 'Les {count} comptes rendus' },
  'home.departments': 'Comment nous travaillons avec votre service',
  'home.allDepartments': 'Tous les services',
};
