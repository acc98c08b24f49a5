/** German: the strings of `../en/home-metrics.ts`. */
import type { homeMetrics as source } from '../en/home-metrics.ts';
import type { Translation } from '../types.ts';

export const homeMetrics: Translation<typeof source> = {
  'homeMetrics.title': 'Wo wir stehen',
  'homeMetrics.choose': 'Wählen Sie die drei oder vier Kennzahlen, die das Unternehmen zuerst sehen soll: Tragen Sie ihre IDs unter {setting} in {file} ein, etwa {example}.',
  'homeMetrics.none': 'Hier erscheinen die Kennzahlen, die das Unternehmen zuerst sehen soll. Legen Sie eine mit {command} an und tragen Sie ihre ID unter {setting} in {file} ein.',
  'homeMetrics.all': 'Alle Kennzahlen',
};
