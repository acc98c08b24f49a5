/**
 * English strings of the roadbook's chapter list, shown beside a chapter on wide screens.
 */
export const chapters = {
  /** The list's heading. */
  'chapters.title': 'Chapters',
  /** After a chapter's title, for screen readers, when the reader marked it read (the eye sees a tick). */
  'chapters.read': '(read)',
  /** The previous/next links at a chapter's end, for screen readers' list of landmarks. */
  'chapters.pager': 'Previous and next chapter',
} as const;
