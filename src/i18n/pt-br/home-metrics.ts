/** Brazilian Portuguese: the strings of `../en/home-metrics.ts`. */
import type { homeMetrics as source } from '../en/home-metrics.ts';
import type { Translation } from '../types.ts';

export const homeMetrics: Translation<typeof source> = {
  'homeMetrics.title': 'Como estamos',
  'homeMetrics.choose': 'Escolha as três ou quatro métricas que a empresa deve ver primeiro: liste os IDs delas em {setting} no arquivo {file}, por exemplo {example}.',
  'homeMetrics.none': 'As métricas que a empresa deve ver primeiro aparecerão aqui. Adicione uma com {command} e depois liste o ID dela em {setting} no arquivo {file}.',
  'homeMetrics.all': 'Todas as métricas',
};
