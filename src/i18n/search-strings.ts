/**
 * The words the search scripts need, handed over by the header form and the /search/
 * page (see client.ts): results counts, "See all results", the filter names, and the
 * page types in reading order (the index's type filter holds these very words).
 */
import { clientStrings } from './client.ts';
import type { MessageKey } from './en/index.ts';
import type { I18n } from './i18n.ts';
import { filterLabels, typeKeys } from '../lib/search-state.ts';

/** The message shown when the index is missing: only the one this build can need. */
const unavailable: MessageKey = import.meta.env?.DEV ? 'search.unavailableDev' : 'search.unavailable';

/** For the header's results as you type (scripts/search/header-search.ts). */
export const headerSearchStrings = (i18n: I18n): string => clientStrings(
  i18n,
  ['search.count', 'search.none', 'search.noneAnnounce', 'search.announce', 'search.seeAll', 'search.ofType', unavailable],
  { typeOrder: typeKeys.map((key) => i18n.t(key)) },
);

/** For the /search/ page (scripts/search-page.ts). */
export const searchPageStrings = (i18n: I18n): string => clientStrings(
  i18n,
  ['search.loading', 'search.prompt', 'search.count', 'search.countFor', 'search.filtered', ...Object.values(filterLabels), unavailable],
  { typeOrder: typeKeys.map((key) => i18n.t(key)) },
);
