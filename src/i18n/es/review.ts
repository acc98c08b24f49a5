/** Spanish: the strings of `../en/review.ts`. */
import type { review as source } from '../en/review.ts';
import type { Translation } from '../types.ts';

export const review: Translation<typeof source> = {
  'reviewPage.title': 'Páginas pendientes de revisión',
  'reviewPage.breadcrumb': 'Pendientes de revisión',
  'reviewPage.description': 'Programas, capítulos de la guía, reuniones y páginas de departamentos que sus responsables deberían revisar.',
  'reviewPage.lead': 'Los programas, los capítulos de la guía, las reuniones y las páginas de departamentos tienen cada uno una persona responsable que los revisa con regularidad. Estos están pendientes, primero los más atrasados, seguidos de las métricas cuyos datos han dejado de llegar.',
  'reviewPage.asOf': 'Fechas a {date}, cuando se generó este sitio',
  'reviewPage.overdue': 'Atrasadas',
  'reviewPage.nothingOverdue': 'No hay nada atrasado.',
  'reviewPage.dueSoon': { one: 'Vencen en el próximo día', other: 'Vencen en los próximos {count} días' },
  'reviewPage.nothingDueSoon': { one: 'Nada vence en el próximo día.', other: 'Nada vence en los próximos {count} días.' },
  'reviewPage.kind.programs': 'Programa',
  'reviewPage.kind.roadbook': 'Capítulo de la guía',
  'reviewPage.kind.meetings': 'Reunión',
  'reviewPage.kind.departments': 'Departamento',
  'reviewPage.kind.metric': 'Métrica',
  'reviewPage.edit': 'Editar',
  'reviewPage.editLabel': 'Editar {title}',
  'reviewPage.nobody': 'nadie',
  'reviewPage.lastReviewed': 'Última revisión',
  'reviewPage.data': 'Datos',
  'reviewPage.staleMetrics': 'Métricas con datos desactualizados',
  'reviewPage.allFresh': 'Todas las métricas tienen sus últimos datos.',
  'reviewPage.how': 'Cómo revisar una página',
  'reviewPage.step1': 'Lee la página como la leería alguien nuevo y corrige lo que ya no sea cierto.',
  'reviewPage.step2': 'Pon {field} en el encabezado con la fecha de hoy ({date} según esta compilación), aunque no haya cambiado nada más.',
  'reviewPage.step3': 'Si la página se queda desactualizada antes o después de {days} días, pon en {field} el número de días que le corresponda.',
  'reviewPage.step4': 'Abre una pull request. {command} lista todas las páginas atrasadas con su responsable.',
};
