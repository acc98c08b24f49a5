/**
 * English UI strings of search: the /search/ page, the results as you type under the
 * header box (handed to the browser scripts by the page), and the page types and
 * filter names the index is built with.
 */
export const search = {
  'search.title': 'Search',
  'search.description': 'Search programs, recaps, the roadbook, meetings, updates, metrics, people and departments.',
  'search.lead': 'Programs, recaps, roadbook chapters, meetings, updates, metrics, people and departments.',
  'search.formLabel': 'Search the wiki',
  'search.for': 'Search for',
  'search.hint': 'Results update as you type. {enter} opens the first result; press {slash} anywhere to come back here.',
  'search.enterKey': 'Enter',
  'search.noScript': 'Search runs in your browser and needs JavaScript. Meanwhile, browse {recaps}, {programs} or the {roadbook}.',
  'search.noScriptRecaps': 'recaps',
  'search.noScriptPrograms': 'programs',
  'search.noScriptRoadbook': 'roadbook',
  'search.filters': 'Filters',
  'search.results': 'Search results',
  'search.more': 'Show more results',
  'search.loading': 'Loading search…',
  'search.prompt': 'Type what you are looking for, or pick a filter.',
  'search.count': { one: '{count} result', other: '{count} results' },
  'search.countFor': { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  'search.filtered': '{text} (filtered)',
  'search.none': 'No results for “{query}”',
  'search.noneAnnounce': 'No results for “{query}”.',
  'search.announce': { one: '{count} result for “{query}”. Use the up and down arrow keys to choose it.', other: '{count} results for “{query}”. Use the up and down arrow keys to choose one.' },
  'search.seeAll': 'See all results',
  'search.ofType': '{type} ({count})',
  'search.unavailableDev': 'Search is not available in development until the site has been built once: run `npm run build`, then reload this page. Results come from that build.',
  'search.unavailable': 'Search is not available: the search index is missing from this build. Run `npm run build` to create it.',

  'search.filter.type': 'Type',
  'search.filter.program': 'Program',
  'search.filter.year': 'Year',
  'search.filter.tag': 'Tag',

  'search.type.program': 'Program',
  'search.type.recap': 'Recap',
  'search.type.roadbook': 'Roadbook',
  'search.type.meeting': 'Meeting',
  'search.type.update': 'Update',
  'search.type.person': 'Person',
  'search.type.department': 'Department',
  'search.type.sync': 'Sync',
  'search.type.priority': 'Priority',
  'search.type.metric': 'Metric',
} as const;
