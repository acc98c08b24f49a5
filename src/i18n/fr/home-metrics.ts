/** French: the strings of `../en/home-metrics.ts`. */
import type { homeMetrics as source } from '../en/home-metrics.ts';
import type { Translation } from '../types.ts';

export const homeMetrics: Translation<typeof source> = {
  'homeMetrics.title': 'Où nous en sommes',
  'homeMetrics.choose': 'Choisissez les trois ou quatre indicateurs que l’entreprise doit voir en premier : indiquez leurs identifiants sous {setting} dans {file}, par exemple {example}.',
  'homeMetrics.none': 'Les indicateurs que l’entreprise doit voir en premier s’afficheront ici. Ajoutez-en un avec {command}, puis indiquez son identifiant sous {setting} dans {file}.',
  'homeMetrics.all': 'Tous les indicateurs',
};
