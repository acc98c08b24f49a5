/**
 * The language of one content folder: `locale:` from its site settings and the team's
 * own words from `content/strings.yaml`. Used by the build (src/i18n/index.ts) and the
 * commands that write for readers (`npm run digest`, `npm run export:recap`, the dev
 * preview's error page). Tolerant: an override with a problem is left out (the content
 * check reports it), so an error page can still be shown in the team's language.
 */
import path from 'node:path';
import { parse } from 'yaml';
import { createI18n, type I18n } from './i18n.ts';
import { maxStringsFileBytes, readOverrides, stringsFile } from './overrides.ts';
import type { Catalog } from './translate.ts';
import { readContentText } from '../lib/content-fs.ts';

/** The overrides that pass the check, or none when the file is missing, too large, a link or unreadable. */
export function loadOverrides(contentDir: string, locale: string): Catalog {
  const file = path.join(contentDir, stringsFile);
  try {
    // Through the closed world: never a link, never a file larger than the check allows.
    return readOverrides(parse(readContentText(contentDir, file, maxStringsFileBytes), { maxAliasCount: 0 }), locale).catalog;
  } catch {
    return {};
  }
}

/** The language of the wiki in `contentDir`, whose settings say `locale`. */
export function loadI18n(contentDir: string, locale: string): I18n {
  return createI18n(locale, loadOverrides(contentDir, locale));
}
