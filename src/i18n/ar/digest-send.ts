/** Arabic: the strings of `../en/digest-send.ts`. */
import type { digestSend as source } from '../en/digest-send.ts';
import type { Translation } from '../types.ts';

export const digestSend: Translation<typeof source> = {
  'digestSend.subject': 'ملخص {site}: {month}',
  'digestSend.chat.title': 'ملخص {site}: {month}',
  'digestSend.chat.heading': 'الملخص الشهري: {month}',
  'digestSend.chat.events': 'الفعاليات',
  'digestSend.chat.reached': 'من وصلنا إليهم',
  'digestSend.chat.valueChange': '{value} · {change}',
  'digestSend.chat.whatWeDid': 'ما فعلناه',
  'digestSend.chat.noEvents': 'لا تقارير فعاليات هذا الشهر.',
  'digestSend.chat.moreEvents': { zero: 'و{count} فعالية أخرى في الملخص', one: 'وفعالية أخرى واحدة في الملخص', two: 'وفعاليتان أخريان في الملخص', few: 'و{count} فعاليات أخرى في الملخص', many: 'و{count} فعالية أخرى في الملخص', other: 'و{count} فعالية أخرى في الملخص' },
  'digestSend.chat.read': 'اقرأ الملخص',
  'digestSend.chat.eventWhenWhere': '{when}، {where}',
};
