/**
 * A team's own words for the wiki's UI strings, from `content/strings.yaml`: one line per
 * string, by the key the English catalog gives it, in the site's language.
 *
 * ```yaml
 * nav.recaps: Event reports
 * recaps.count:
 *   one: "{count} event report"
 *   other: "{count} event reports"
 * ```
 *
 * Checked like every content file: an unknown key is an error with "did you mean", a
 * placeholder missing or unknown is an error, a plural override must give `other`, and a
 * string may not carry control characters (a translated string is always shown as text).
 * Pure: the content check turns the issues into problems with lines, and the build reads
 * the catalog of the entries that passed.
 */
import { closestMatches } from '../lib/did-you-mean.ts';
import { en, type MessageKey } from './en/index.ts';
import { formsOf, isPlural, placeholdersIn, placeholdersOf, pluralCategories } from './message.ts';
import type { Catalog } from './translate.ts';
import type { Message, PluralCategory } from './types.ts';

/** The overrides file's name inside `content/`. */
export const stringsFile = 'strings.yaml';

/** Longer than any UI string needs; a larger value is a paste gone wrong. */
export const maxStringLength = 2_000;
/** The file may be read by every build and check: keep it bounded. */
export const maxStringsFileBytes = 512 * 1024;

export interface OverrideIssue {
  severity: 'error' | 'warning';
  /** Path inside the file: `[key]` or `[key, category]`. */
  path: Array<string>;
  message: string;
  hint?: string;
}

export interface ReadOverrides {
  /** The overrides that passed, ready for the translator. */
  catalog: Catalog;
  issues: OverrideIssue[];
}

const keys = Object.keys(en) as MessageKey[];
const isKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/**
 * C0 and C1 controls (CR, LF, NUL, ESC…), and the bidirectional overrides and isolates
 * that could make a string display as something else. Tabs are refused too: a UI string
 * is one line.
 */
const forbidden = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const quote = (text: string) => (text.length > 60 ? `"${text.slice(0, 57)}…"` : `"${text}"`);

/** Keys whose English text is `text` (a team often writes the words it sees, not the key). */
function keysShowing(text: string): MessageKey[] {
  const wanted = text.trim().toLowerCase();
  return keys.filter((key) => formsOf(en[key]).some(([, form]) => form.toLowerCase() === wanted)).slice(0, 3);
}

function unknownKey(key: string): OverrideIssue {
  const byText = keysShowing(key);
  const byName = closestMatches(key, keys);
  const suggestions = byText.length ? byText.map((k) => `${k} (shown as ${quote(formsOf(en[k])[0]![1])})`) : byName;
  return {
    severity: 'error',
    path: [key],
    message: `unknown string "${key}": the wiki has no UI string with this key`,
    hint: suggestions.length
      ? `did you mean ${suggestions.join(' or ')}? Keys are listed in src/i18n/en/`
      : 'use a key from the English catalog in src/i18n/en/ (the files are split by area: common.ts, recaps.ts…)',
  };
}

/** Problems with one text form: characters, length, placeholders. */
function checkForm(key: MessageKey, category: PluralCategory | undefined, text: string, source: Message): OverrideIssue[] {
  const path = category ? [key, category] : [key];
  const issues: OverrideIssue[] = [];
  if (text.trim() === '') {
    issues.push({ severity: 'error', path, message: 'empty text: the words would disappear from the page', hint: 'write the text, or delete the line to keep the wiki\'s own words' });
    return issues;
  }
  if (text.length > maxStringLength) issues.push({ severity: 'error', path, message: `${text.length} characters, more than the ${maxStringLength} a UI string may have`, hint: 'shorten it; UI strings are labels and sentences, not pages' });
  const control = forbidden.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    issues.push({ severity: 'error', path, message: `contains the control character U+${code}`, hint: 'a UI string is one line of plain text: remove line breaks, tabs and invisible control characters' });
  }
  const expected = placeholdersOf(source);
  const written = placeholdersIn(text);
  for (const name of written) {
    if (!expected.has(name)) {
      issues.push({
        severity: 'error',
        path,
        message: `unknown placeholder {${name}}: this string has ${expected.size ? [...expected].map((p) => `{${p}}`).join(', ') : 'no placeholders'}`,
        hint: expected.size ? `use only ${[...expected].map((p) => `{${p}}`).join(', ')}; write a literal brace as it would read in the text without braces` : 'remove the braces',
      });
    }
  }
  // `{count}` may be left out of the forms that name their number (one, two, zero):
  // "an event", "zwei Termine". `other` and plain strings must carry everything.
  const optional = category && category !== 'other' ? new Set(['count']) : new Set<string>();
  const missing = [...expected].filter((name) => !written.includes(name) && !optional.has(name));
  if (missing.length) {
    issues.push({
      severity: 'error',
      path,
      message: `missing placeholder ${missing.map((p) => `{${p}}`).join(', ')}: the page would leave out what it stands for`,
      hint: `the English text is ${quote(isPlural(source) ? source.other : source)}; keep every {placeholder} it has`,
    });
  }
  return issues;
}

/**
 * Reads the parsed `strings.yaml` for a site in `locale`.
 * @param data the file's YAML data (anything: it is checked here)
 */
export function readOverrides(data: unknown, locale: string): ReadOverrides {
  const catalog: Catalog = {};
  const issues: OverrideIssue[] = [];
  if (data === null || data === undefined) return { catalog, issues };
  if (typeof data !== 'object' || Array.isArray(data)) {
    issues.push({ severity: 'error', path: [], message: 'expected one line per string, "key: text"', hint: 'write e.g. nav.recaps: Event reports' });
    return { catalog, issues };
  }
  const used = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories as PluralCategory[]);
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!isKey(key)) {
      issues.push(unknownKey(key));
      continue;
    }
    const source = en[key];
    const own: OverrideIssue[] = [];
    let message: Message | undefined;
    if (typeof value === 'string') {
      message = value;
      own.push(...checkForm(key, undefined, value, source));
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!isPlural(source)) {
        own.push({ severity: 'error', path: [key], message: 'this string has no count, so it takes one text, not plural forms', hint: `write ${key}: your text` });
      } else {
        const forms = value as Record<string, unknown>;
        for (const [category, text] of Object.entries(forms)) {
          if (!(pluralCategories as readonly string[]).includes(category)) {
            own.push({ severity: 'error', path: [key, category], message: `"${category}" is not a plural form`, hint: `use ${[...used].join(', ')} (the forms ${locale} has)` });
          } else if (typeof text !== 'string') {
            own.push({ severity: 'error', path: [key, category], message: 'expected text', hint: 'write the form in quotes' });
          } else {
            own.push(...checkForm(key, category as PluralCategory, text, source));
            if (!used.has(category as PluralCategory)) own.push({ severity: 'warning', path: [key, category], message: `${locale} has no "${category}" form, so this text is never shown`, hint: `the forms ${locale} uses are ${[...used].join(', ')}` });
          }
        }
        if (typeof forms.other !== 'string') own.push({ severity: 'error', path: [key], message: 'a plural string needs its "other" form', hint: 'add other: "…" (used for every count without a form of its own)' });
        message = forms as Message;
      }
    } else {
      own.push({ severity: 'error', path: [key], message: `expected text, found ${value === null ? 'nothing' : typeof value}`, hint: 'write the text after the colon; put numbers, "yes" or "no" in quotes' });
    }
    issues.push(...own);
    if (message !== undefined && !own.some((issue) => issue.severity === 'error')) catalog[key] = message;
  }
  return { catalog, issues };
}
