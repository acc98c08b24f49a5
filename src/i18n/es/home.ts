/** Spanish: the strings of `../en/home.ts`. */
import type { home as source } from '../en/home.ts';
import type { Translation } from '../types.ts';

export const home: Translation<typeof source> = {
  'home.email': 'Escribir al equipo',
  'home.requests': 'Pedir ayuda a DevRel',
  'home.writeTo': 'Escríbenos a {email}.',
  'home.writeToOrChat': 'Escríbenos a {email} o salúdanos en {chat}.',
  'home.activePrograms': 'Programas activos',
  'home.eventsYear': 'Eventos, últimos 12 meses',
  'home.developersYear': 'Desarrolladores alcanzados, últimos 12 meses',
  'home.openMeetings': 'Reuniones abiertas a las que puedes ir',
  'home.howWeAreDoing': 'Cómo vamos',
  'home.workingOn': 'En qué estamos trabajando',
  'home.allUpdates': 'Todas las novedades',
  'home.digest': '¿Te has perdido algo? Lee el {digest}: los eventos, las cifras y las noticias de cada mes en una página.',
  'home.digestLink': 'resumen mensual',
  'home.meetings': 'Ven a nuestras reuniones',
  'home.allMeetings': 'Todas las reuniones',
  'home.programs': 'Programas activos',
  'home.allPrograms': 'Todos los programas',
  'home.noneActive': 'Ahora mismo no hay ningún programa activo; en {all} están los previstos, en pausa y retirados.',
  'home.latestRecaps': 'Últimas crónicas de eventos',
  'home.allRecaps': 'Todas las crónicas',
  'home.allRecapsCount': { one: 'La {count} crónica', other: 'Las {count} crónicas' },
  'home.departments': 'Cómo trabajamos con tu departamento',
  'home.allDepartments': 'Todos los departamentos',
};
