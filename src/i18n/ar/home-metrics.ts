/** Arabic: the strings of `../en/home-metrics.ts`. */
import type { homeMetrics as source } from '../en/home-metrics.ts';
import type { Translation } from '../types.ts';

export const homeMetrics: Translation<typeof source> = {
  'homeMetrics.title': 'أين نحن الآن',
  'homeMetrics.choose': 'اختر ثلاثة أو أربعة مؤشرات ينبغي أن تراها الشركة أولًا: اكتب معرّفاتها تحت {setting} في {file}، مثل {example}.',
  'homeMetrics.none': 'ستظهر هنا المؤشرات التي ينبغي أن تراها الشركة أولًا. أضف مؤشرًا باستخدام {command}، ثم اكتب معرّفه تحت {setting} في {file}.',
  'homeMetrics.all': 'كل المؤشرات',
};
