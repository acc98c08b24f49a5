/**
 * English strings of a meeting's upcoming dates.
 */
export const meetingTimes = {
  /** Under each date in the meeting's zone, the same time in the reader's own; {time} is the formatted date and time. */
  'meetingTimes.yourTime': 'Your time: {time}',
} as const;
