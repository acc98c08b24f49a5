/**
 * The site's language and the team's own words: `content/strings.yaml` checked entry by
 * entry (src/i18n/overrides.ts states the rules), and, for a language the wiki ships no
 * catalog for, one warning saying how many strings still show in English and where to
 * translate them. A `locale:` that is a valid tag but likely a slip (`kr` is Kanuri) is
 * a warning too; a malformed or unknown one is refused by the site schema.
 */
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { en } from '../../i18n/en/index.ts';
import { checkLocale } from '../../i18n/locales.ts';
import { maxStringsFileBytes, readOverrides, stringsFile } from '../../i18n/overrides.ts';
import type { Catalog } from '../../i18n/translate.ts';
import { siteConfigFile, type SiteConfig } from '../../schemas/site.ts';
import { formatFieldPath, type Problem } from './problem.ts';
import { readSourceFile } from './source-file.ts';

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

/** Problems of `content/strings.yaml`, and the catalog of its entries that passed. */
function checkStringsFile(contentDir: string, display: (abs: string) => string, locale: string): { problems: Problem[]; catalog: Catalog } {
  const abs = path.join(contentDir, stringsFile);
  const file = display(abs);
  let stat;
  try {
    stat = lstatSync(abs);
  } catch {
    return { problems: [], catalog: {} };
  }
  if (!stat.isFile()) {
    return { problems: [{ severity: 'error', file, message: `${stringsFile} is not a plain file (a link or a folder), so the wiki does not read it`, hint: `make content/${stringsFile} a file of its own` }], catalog: {} };
  }
  if (stat.size > maxStringsFileBytes) {
    return { problems: [{ severity: 'error', file, message: `${stringsFile} is ${Math.round(stat.size / 1024)} KB, more than the ${maxStringsFileBytes / 1024} KB it may have`, hint: 'it holds one line per UI string: remove whatever else was pasted in' }], catalog: {} };
  }
  const source = readSourceFile(readFileSync(abs, 'utf8'), 'data');
  const problems: Problem[] = source.syntaxErrors.map((error) => ({ severity: 'error', file, ...error }));
  if (source.data === undefined) return { problems, catalog: {} };
  const { catalog, issues } = readOverrides(source.data, locale);
  for (const issue of issues) {
    problems.push({ severity: issue.severity, file, ...source.locate(issue.path), field: formatFieldPath(issue.path) || undefined, message: issue.message, hint: issue.hint });
  }
  return { problems, catalog };
}

export function checkStrings(contentDir: string, display: (abs: string) => string, site: SiteConfig): Problem[] {
  const { problems, catalog } = checkStringsFile(contentDir, display, site.locale);
  const checked = checkLocale(site.locale);
  if (!checked.ok) return problems;
  const siteAbs = path.join(contentDir, siteConfigFile);
  const siteFile = display(siteAbs);
  const locate = () => {
    try {
      return readSourceFile(readFileSync(siteAbs, 'utf8'), 'data').locate(['locale']);
    } catch {
      return {};
    }
  };
  if (checked.notice) problems.push({ severity: 'warning', file: siteFile, ...locate(), field: 'locale', message: checked.notice });
  if (checked.resolved.fallback) {
    const total = Object.keys(en).length;
    const missing = Object.keys(en).filter((key) => !Object.hasOwn(catalog, key)).length;
    if (missing > 0) {
      const language = languageNames.of(checked.tag) ?? checked.tag;
      problems.push({
        severity: 'warning',
        file: siteFile,
        ...locate(),
        field: 'locale',
        message: `the wiki ships no ${language} catalog, so ${missing} of its ${total} UI strings show in English`,
        hint: `translate them in content/${stringsFile} (npm run strings lists the missing ones as YAML to fill in), or use one of the shipped languages: en, de, es, fr, ja, ko, pt-BR, zh-CN, ar`,
      });
    }
  }
  return problems;
}
