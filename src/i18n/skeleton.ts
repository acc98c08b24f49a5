/**
 * What `npm run strings` prints: the UI strings a wiki's language still shows in English
 * (a language the wiki ships no catalog for), as `content/strings.yaml` lines to
 * translate, each under a comment with its English text; with `all`, every string with
 * the words the wiki shows now, to change a few. Plural strings get the forms the
 * language's numbers take (Polish: one, few, many, other), filled with English to
 * replace. Pure: the command reads the site's locale and overrides and prints this.
 */
import { stringify } from 'yaml';
import { shippedCatalogs } from './catalogs.ts';
import { en, type MessageKey } from './en/index.ts';
import { resolveLocale } from './locales.ts';
import { formsOf, isPlural } from './message.ts';
import { messageFor, type Catalog } from './translate.ts';
import type { Message, PluralCategory } from './types.ts';
import { stringsFile } from './overrides.ts';

export interface Skeleton {
  /** YAML to add to content/strings.yaml (comments only when nothing is left to translate). */
  text: string;
  /** How many strings it lists. */
  count: number;
}

const englishNames = new Intl.DisplayNames('en', { type: 'language' });

/** The English message in the shape `locale` needs: a plural gets each form its numbers take. */
function toTranslate(message: Message, locale: string): Message {
  if (!isPlural(message)) return message;
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as PluralCategory[];
  return Object.fromEntries(categories.map((category) => [category, message[category] ?? message.other])) as Message;
}

/** `# Recaps` above a plain string; `# one: "{count} recap" · other: "{count} recaps"` above a plural. */
function comment(message: Message): string {
  const text = isPlural(message) ? formsOf(message).map(([category, form]) => `${category}: "${form}"`).join(' · ') : message;
  return `# ${text}`;
}

/** The lines for `content/strings.yaml` in `locale`, given the team's `overrides` so far. */
export function stringsSkeleton(locale: string, overrides: Catalog, options: { all?: boolean } = {}): Skeleton {
  const resolved = resolveLocale(locale);
  const shipped = shippedCatalogs[resolved.catalog];
  const language = englishNames.of(resolved.tag) ?? resolved.tag;
  // English is the source, and a shipped catalog is complete (tests/unit/catalogs.test.ts).
  const keys = (Object.keys(en) as MessageKey[]).filter((key) => options.all || (resolved.fallback && !Object.hasOwn(overrides, key)));
  const header = options.all
    ? [`# Every UI string of the wiki and the words it shows in ${language} (${resolved.tag}) now.`, `# Copy the lines you want to change into content/${stringsFile}, change the text after the key`, '# and keep each {placeholder}. The comment above each line is the English.']
    : keys.length === 0
      ? [`# Every UI string of the wiki has its ${language} (${resolved.tag}) words: nothing to add.`, `# To change one, npm run strings -- --all lists them all with their words now.`]
      : [`# ${keys.length} UI strings the wiki shows in English, as it ships no ${language} (${resolved.tag}) catalog.`, `# Add these lines to content/${stringsFile}, translate the text after each key (keep each`, '# {placeholder}), and delete the lines you leave in English. npm run check checks the file.'];
  const lines = [...header];
  let area = '';
  for (const key of keys) {
    const prefix = key.split('.')[0]!;
    if (prefix !== area) {
      lines.push('', `# --- ${prefix} ---`);
      area = prefix;
    }
    const now = options.all ? messageFor(key, [overrides, shipped]) : toTranslate(en[key], resolved.tag);
    lines.push(comment(en[key]), stringify({ [key]: now }, { lineWidth: 0 }).trimEnd());
  }
  return { text: `${lines.join('\n')}\n`, count: keys.length };
}
