/** Brazilian Portuguese: the strings of `../en/review.ts`. */
import type { review as source } from '../en/review.ts';
import type { Translation } from '../types.ts';

export const review: Translation<typeof source> = {
  'reviewPage.title': 'Páginas para revisar',
  'reviewPage.breadcrumb': 'Para revisar',
  'reviewPage.description': 'Programas, capítulos do guia, reuniões e páginas de áreas que os responsáveis devem revisar.',
  'reviewPage.lead': 'Programas, capítulos do guia, reuniões e páginas de áreas têm, cada um, uma pessoa responsável que os revisa regularmente. Estes estão com a revisão vencendo, os mais atrasados primeiro, seguidos das métricas cujos dados pararam de chegar.',
  'reviewPage.asOf': 'Prazos em {date}, quando este site foi gerado',
  'reviewPage.overdue': 'Atrasadas',
  'reviewPage.nothingOverdue': 'Nada está atrasado.',
  'reviewPage.dueSoon': { one: 'Vencem no próximo dia', other: 'Vencem nos próximos {count} dias' },
  'reviewPage.nothingDueSoon': { one: 'Nada vence no próximo dia.', other: 'Nada vence nos próximos {count} dias.' },
  'reviewPage.kind.programs': 'Programa',
  'reviewPage.kind.roadbook': 'Capítulo do guia',
  'reviewPage.kind.meetings': 'Reunião',
  'reviewPage.kind.departments': 'Área',
  'reviewPage.kind.metric': 'Métrica',
  'reviewPage.edit': 'Editar',
  'reviewPage.editLabel': 'Editar {title}',
  'reviewPage.nobody': 'ninguém',
  'reviewPage.lastReviewed': 'Última revisão',
  'reviewPage.data': 'Dados',
  'reviewPage.staleMetrics': 'Métricas com dados desatualizados',
  'reviewPage.allFresh': 'Todas as métricas têm os dados mais recentes.',
  'reviewPage.how': 'Como revisar uma página',
  'reviewPage.step1': 'Leia a página como alguém recém-chegado leria e corrija o que não vale mais.',
  'reviewPage.step2': 'Coloque a data de hoje em {field}, no cabeçalho do arquivo ({date} segundo este build), mesmo que nada mais tenha mudado.',
  'reviewPage.step3': 'Se a página fica desatualizada mais rápido ou mais devagar que a cada {days} dias, coloque em {field} o número de dias adequado.',
  'reviewPage.step4': 'Abra um pull request. {command} lista todas as páginas atrasadas com seus responsáveis.',
};
