/** The words the roadbook's progress script needs (scripts/roadbook-progress.ts), handed over once per page. */
import { clientStrings } from './client.ts';
import type { I18n } from './i18n.ts';

export const roadbookStrings = (i18n: I18n): string => clientStrings(i18n, [
  'roadbook.tasksDone', 'roadbook.markedRead', 'roadbook.notMarkedRead', 'roadbook.read', 'roadbook.notRead',
  'roadbook.bookCounts', 'roadbook.bookCountsTasks', 'roadbook.continue', 'roadbook.resetConfirm', 'roadbook.separator',
]);
