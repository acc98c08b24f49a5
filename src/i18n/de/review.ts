/** German: the strings of `../en/review.ts`. */
import type { review as source } from '../en/review.ts';
import type { Translation } from '../types.ts';

export const review: Translation<typeof source> = {
  'reviewPage.title': 'Seiten zur Überprüfung',
  'reviewPage.breadcrumb': 'Zur Überprüfung',
  'reviewPage.description': 'Programme, Kapitel im Handbuch, Meetings und Abteilungsseiten, die ihre Verantwortlichen prüfen sollten.',
  'reviewPage.lead': 'Programme, Kapitel im Handbuch, Meetings und Abteilungsseiten haben jeweils eine verantwortliche Person, die sie regelmäßig prüft. Diese sind fällig, die am längsten überfälligen zuerst, gefolgt von Kennzahlen, deren Daten ausbleiben.',
  'reviewPage.asOf': 'Fälligkeiten mit Stand {date}, als diese Website erstellt wurde',
  'reviewPage.overdue': 'Überfällig',
  'reviewPage.nothingOverdue': 'Nichts ist überfällig.',
  'reviewPage.dueSoon': { one: 'Fällig in den nächsten {count} Tag', other: 'Fällig in den nächsten {count} Tagen' },
  'reviewPage.nothingDueSoon': { one: 'In den nächsten {count} Tag ist nichts fällig.', other: 'In den nächsten {count} Tagen ist nichts fällig.' },
  'reviewPage.kind.programs': 'Programm',
  'reviewPage.kind.roadbook': 'Kapitel im Handbuch',
  'reviewPage.kind.meetings': 'Meeting',
  'reviewPage.kind.departments': 'Abteilung',
  'reviewPage.kind.metric': 'Kennzahl',
  'reviewPage.edit': 'Bearbeiten',
  'reviewPage.editLabel': '{title} bearbeiten',
  'reviewPage.nobody': 'niemand',
  'reviewPage.lastReviewed': 'Zuletzt geprüft',
  'reviewPage.data': 'Daten',
  'reviewPage.staleMetrics': 'Kennzahlen mit veralteten Daten',
  'reviewPage.allFresh': 'Alle Kennzahlen haben aktuelle Daten.',
  'reviewPage.how': 'So prüfen Sie eine Seite',
  'reviewPage.step1': 'Lesen Sie die Seite mit den Augen einer neuen Kollegin oder eines neuen Kollegen und korrigieren Sie, was nicht mehr stimmt.',
  'reviewPage.step2': 'Setzen Sie {field} im Kopfteil auf das heutige Datum ({date} laut diesem Build), auch wenn sich sonst nichts geändert hat.',
  'reviewPage.step3': 'Veraltet die Seite schneller oder langsamer als alle {days} Tage, setzen Sie {field} auf die passende Zahl von Tagen.',
  'reviewPage.step4': 'Öffnen Sie einen Pull Request. {command} listet jede überfällige Seite mit ihrer verantwortlichen Person auf.',
};
