/** Spanish: the strings of `../en/home-metrics.ts`. */
import type { homeMetrics as source } from '../en/home-metrics.ts';
import type { Translation } from '../types.ts';

export const homeMetrics: Translation<typeof source> = {
  'homeMetrics.title': 'Cómo vamos',
  'homeMetrics.choose': 'Elige las tres o cuatro métricas que la empresa debería ver primero: pon sus identificadores en {setting} dentro de {file}, por ejemplo {example}.',
  'homeMetrics.none': 'Aquí aparecerán las métricas que la empresa debería ver primero. Añade una con {command} y pon su identificador en {setting} dentro de {file}.',
  'homeMetrics.all': 'Todas las métricas',
};
