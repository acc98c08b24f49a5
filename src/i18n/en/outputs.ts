/**
 * English UI strings of what the wiki writes beyond its pages: the RSS feeds, the public
 * recap export (`npm run export:recap`), the guide page around CONTRIBUTING.md, and the
 * chrome of the dev preview's error page (the check's own messages stay English).
 */
export const outputs = {
  'feeds.updatesDescription': 'What {team} is working on.',
  'feeds.recapsDescription': 'Events {team} ran or spoke at, and why they mattered.',
  'feeds.recapFacts': '{why} ({facts})',

  'export.event': 'Event:',
  'export.when': 'When:',
  'export.where': 'Where:',
  'export.people': 'People:',
  'export.fromOurTeam': 'From our team:',
  'export.whereFormat': '{location} ({format})',
  'export.format.in-person': 'in person',
  'export.format.virtual': 'online',
  'export.format.hybrid': 'in person and online',

  'guide.eyebrow': 'For everyone who writes here',
  'guide.description': 'Edit a page on GitHub, add a recap with npm run new, preview it, and read what the content check says.',
  'guide.title': 'How to edit this wiki',

  'preview.paused': 'Preview paused',
  'preview.textHeading': 'The wiki cannot be built while content has errors ({errors}):',
  'preview.errors': { one: '{count} content error', other: '{count} content errors' },
  'preview.errorCount': { one: '{count} error', other: '{count} errors' },
  'preview.errorsInFiles': { one: '{errors} in {count} file', other: '{errors} in {count} files' },
  'preview.title': '{count} · {site} preview',
  'preview.heading': 'Fix {count} to see this page',
  'preview.lead': 'The wiki cannot be built while a content file has an error, so the preview shows this list instead of an out-of-date page. Save the fixed file and this page reloads by itself.',
  'preview.thisPage': 'In this page\'s file',
  'preview.thisPageOf': 'In this page\'s file ({own} of {count})',
  'preview.otherFiles': 'In other files',
  'preview.contentFiles': 'In the content files',
  'preview.field': 'field',
  'preview.fix': 'Fix:',
  'preview.aside': 'The same list, with warnings: {command}.',
  'preview.asideWarnings': { one: 'The same list, with warnings ({count} now): {command}.', other: 'The same list, with warnings ({count} now): {command}.' },
} as const;
