/** Korean: the strings of `../en/meeting-skips.ts`. */
import type { meetingSkips as source } from '../en/meeting-skips.ts';
import type { Translation } from '../types.ts';

export const meetingSkips: Translation<typeof source> = {
  'meetings.skips.heading': '쉬는 날',
  'meetings.skips.reason': '({reason})',
};
