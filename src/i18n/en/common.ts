/**
 * English UI strings shared by every page: the source the other languages translate.
 * Catalog files are split by area (one file per feature) and merged in `en/index.ts`.
 */
export const common = {
  'nav.label': 'Main',
  'nav.programs': 'Programs',
  'nav.recaps': 'Recaps',
  'nav.meetings': 'Meetings',
  'nav.updates': 'Updates',
  'nav.roadbook': 'Roadbook',
  'nav.team': 'Team',
  'nav.departments': 'Departments',
  'nav.metrics': 'Metrics',
  'nav.value': 'Value',
} as const;
