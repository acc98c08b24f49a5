/**
 * English strings of a content page's foot: when its file last changed and who changed it.
 */
export const pageSource = {
  /** {date} is the commit's date (a link to the commit when the repository is known); {author} the team member (linked to their page) or the name in the commit. */
  'pageSource.lastUpdated': 'Last updated {date} by {author}',
} as const;
