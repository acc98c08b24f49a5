/** Brazilian Portuguese: the strings of `../en/home.ts`. */
import type { home as source } from '../en/home.ts';
import type { Translation } from '../types.ts';

export const home: Translation<typeof source> = {
  'home.email': 'Escrever para a equipe',
  'home.requests': 'Pedir ajuda ao DevRel',
  'home.writeTo': 'Escreva para {email}.',
  'home.writeToOrChat': 'Escreva para {email} ou dê um oi em {chat}.',
  'home.activePrograms': 'Programas ativos',
  'home.eventsYear': 'Eventos, últimos 12 meses',
  'home.developersYear': 'Desenvolvedores alcançados, últimos 12 meses',
  'home.openMeetings': 'Reuniões abertas para você participar',
  'home.howWeAreDoing': 'Como estamos',
  'home.workingOn': 'No que estamos trabalhando',
  'home.allUpdates': 'Todas as novidades',
  'home.digest': 'Quer se atualizar? Leia o {digest}: os eventos, números e novidades de cada mês em uma página.',
  'home.digestLink': 'resumo mensal',
  'home.meetings': 'Participe das nossas reuniões',
  'home.allMeetings': 'Todas as reuniões',
  'home.programs': 'Programas ativos',
  'home.allPrograms': 'Todos os programas',
  'home.noneActive': 'Nenhum programa está ativo agora; {all} mostra os planejados, pausados e encerrados.',
  'home.latestRecaps': 'Relatos de eventos mais recentes',
  'home.allRecaps': 'Todos os relatos',
  'home.allRecapsCount': { one: 'O relato', other: 'Todos os {count} relatos' },
  'home.departments': 'Como trabalhamos com a sua área',
  'home.allDepartments': 'Todas as áreas',
};
