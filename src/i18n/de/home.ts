/** German: the strings of `../en/home.ts`. */
import type { home as source } from '../en/home.ts';
import type { Translation } from '../types.ts';

export const home: Translation<typeof source> = {
  'home.email': 'E-Mail ans Team',
  'home.requests': 'DevRel um Hilfe bitten',
  'home.writeTo': 'Schreiben Sie an {email}.',
  'home.writeToOrChat': 'Schreiben Sie an {email} oder sagen Sie Hallo in {chat}.',
  'home.activePrograms': 'Aktive Programme',
  'home.eventsYear': 'Veranstaltungen, letzte 12 Monate',
  'home.developersYear': 'Erreichte Entwickler:innen, letzte 12 Monate',
  'home.openMeetings': 'Offene Termine zum Mitmachen',
  'home.howWeAreDoing': 'Wo wir stehen',
  'home.workingOn': 'Woran wir arbeiten',
  'home.allUpdates': 'Alle Neuigkeiten',
  'home.digest': 'Etwas verpasst? Lesen Sie den {digest}: Veranstaltungen, Zahlen und Neuigkeiten jedes Monats auf einer Seite.',
  'home.digestLink': 'Monatsbericht',
  'home.meetings': 'Kommen Sie zu unseren Terminen',
  'home.allMeetings': 'Alle Termine',
  'home.programs': 'Aktive Programme',
  'home.allPrograms': 'Alle Programme',
  'home.noneActive': 'Derzeit ist kein Programm aktiv; {all} zeigt die geplanten, pausierten und eingestellten.',
  'home.latestRecaps': 'Neueste Veranstaltungsrückblicke',
  'home.allRecaps': 'Alle Rückblicke',
  'home.allRecapsCount': { one: 'Den {count} Rückblick', other: 'Alle {count} Rückblicke' },
  'home.departments': 'So arbeiten wir mit Ihrer Abteilung',
  'home.allDepartments': 'Alle Abteilungen',
};
