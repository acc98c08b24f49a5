/** French: the strings of `../en/review.ts`. */
import type { review as source } from '../en/review.ts';
import type { Translation } from '../types.ts';

export const review: Translation<typeof source> = {
  'reviewPage.title': 'Pages à relire',
  'reviewPage.breadcrumb': 'À relire',
  'reviewPage.description': 'Programmes, chapitres du guide, réunions et pages de services que leurs responsables doivent relire.',
  'reviewPage.lead': 'Programmes, chapitres du guide, réunions et pages de services ont chacun une personne responsable qui les relit régulièrement. Voici ceux qui arrivent à échéance, les plus en retard d’abord, suivis des indicateurs dont les données n’arrivent plus.',
  'reviewPage.asOf': 'Échéances au {date}, date de génération du site',
  'reviewPage.overdue': 'En retard',
  'reviewPage.nothingOverdue': 'Rien n’est en retard.',
  'reviewPage.dueSoon': { one: 'À relire dans le prochain jour', other: 'À relire dans les {count} prochains jours' },
  'reviewPage.nothingDueSoon': { one: 'Rien à relire dans le prochain jour.', other: 'Rien à relire dans les {count} prochains jours.' },
  'reviewPage.kind.programs': 'Programme',
  'reviewPage.kind.roadbook': 'Chapitre du guide',
  'reviewPage.kind.meetings': 'Réunion',
  'reviewPage.kind.departments': 'Service',
  'reviewPage.kind.metric': 'Indicateur',
  'reviewPage.edit': 'Modifier',
  'reviewPage.editLabel': 'Modifier {title}',
  'reviewPage.nobody': 'personne',
  'reviewPage.lastReviewed': 'Dernière relecture',
  'reviewPage.data': 'Données',
  'reviewPage.staleMetrics': 'Indicateurs aux données périmées',
  'reviewPage.allFresh': 'Tous les indicateurs ont leurs dernières données.',
  'reviewPage.how': 'Comment relire une page',
  'reviewPage.step1': 'Lisez la page comme le ferait un nouvel arrivant et corrigez ce qui n’est plus vrai.',
  'reviewPage.step2': 'Mettez la date du jour dans {field}, en tête du fichier ({date} selon cette génération), même si rien d’autre n’a changé.',
  'reviewPage.step3': 'Si la page se périme plus vite ou moins vite que tous les {days} jours, mettez dans {field} le nombre de jours qui convient.',
  'reviewPage.step4': 'Ouvrez une pull request. {command} liste toutes les pages en retard avec leur responsable.',
};
