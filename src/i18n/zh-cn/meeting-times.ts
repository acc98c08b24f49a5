/** Simplified Chinese: the strings of `../en/meeting-times.ts`. */
import type { meetingTimes as source } from '../en/meeting-times.ts';
import type { Translation } from '../types.ts';

export const meetingTimes: Translation<typeof source> = {
  'meetingTimes.yourTime': '你的时间：{time}',
};
