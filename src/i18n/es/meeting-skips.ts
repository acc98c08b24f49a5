/** Spanish: the strings of `../en/meeting-skips.ts`. */
import type { meetingSkips as source } from '../en/meeting-skips.ts';
import type { Translation } from '../types.ts';

export const meetingSkips: Translation<typeof source> = {
  'meetings.skips.heading': 'Sin reunión estos días',
  'meetings.skips.reason': '({reason})',
};
