/**
 * The site's language and the team's own words: `content/strings.yaml` checked entry by
 * entry (src/i18n/overrides.ts states the rules), and, for a language the wiki ships no
 * catalog for, one warning saying how many strings still show in English and where to
 * translate them. A `locale:` that is a valid tag but likely a slip (`kr` is Kanuri) is
 * a warning too; a malformed or unknown one is refused by the site schema.
 */
import path from 'node:path';
import { en } from '../../i18n/en/index.ts';
import { checkLocale } from '../../i18n/locales.ts';
import { maxStringsFileBytes, readOverrides, stringsFile } from '../../i18n/overrides.ts';
import type { Catalog } from '../../i18n/translate.ts';
import { siteConfigFile, type SiteConfig } from '../../schemas/site.ts';
import { formatFieldPath, type Problem } from './problem.ts';
import { readSourceFile } from './source-file.ts';
import { ContentFileError, readContentText } from '../content-fs.ts';
import { unreadableFileProblem } from './closed-world.ts';
import { maxTextFileBytes } from './limits.ts';

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

/** Problems of `content/strings.yaml`, and the catalog of its entries that passed. */
function checkStringsFile(contentDir: string, display: (abs: string) => string, locale: string): { problems: Problem[]; catalog: Catalog } {
  const abs = path.join(contentDir, stringsFile);
  const file = display(abs);
  let text: string;
  try {
    text = readContentText(contentDir, abs, maxStringsFileBytes);
  } catch (error) {
    if (error instanceof ContentFileError && error.kind === 'missing') return { problems: [], catalog: {} };
    if (error instanceof ContentFileError && error.kind === 'too large') {
      return { problems: [{ severity: 'error', file, message: error.message.replace(/^content\/\S+ is/, `${stringsFile} is`), hint: 'it holds one line per UI string: remove whatever else was pasted in' }], catalog: {} };
    }
    // A link or a special file: the closed-world check names it.
    const problem = unreadableFileProblem(error, file);
    return { problems: problem ? [problem] : [], catalog: {} };
  }
  const source = readSourceFile(text, 'data');
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
      return readSourceFile(readContentText(contentDir, siteAbs, maxTextFileBytes), 'data').locate(['locale']);
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
