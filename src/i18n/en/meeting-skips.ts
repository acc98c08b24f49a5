/**
 * English UI strings for a meeting's days off (`recurrence.skip`), listed on its page
 * under its next dates. Dates are formatted with Intl in the site's locale.
 */
export const meetingSkips = {
  'meetings.skips.heading': 'No meeting on',
  /** The author's reason after the dates, e.g. "(年末年始)"; shown isolated, so any script reads right. */
  'meetings.skips.reason': '({reason})',
} as const;
