/**
 * A metric's unit beside its numbers, as its language writes it. A unit is a word
 * (`users`), a pattern with the number's place (`{count}人`, no space: "4,020人"), or
 * its plural forms (`{ one: user, other: users }`, each may hold `{count}` too), chosen
 * with Intl.PluralRules, never with an English "s".
 */
import type { I18n } from '../../i18n/i18n.ts';
import type { PluralCategory } from '../../i18n/types.ts';
import type { Unit } from '../../schemas/metrics.ts';

const countMark = '{count}';

/** The unit alone, for a column heading or a definition: `users`, `人`. */
export function unitName(unit: Unit): string {
  const text = typeof unit === 'string' ? unit : unit.other;
  return text.replace(countMark, '').trim();
}

/** The words around a formatted value: "4,210" + " users", "4,020" + "人". */
export interface UnitParts {
  before: string;
  value: string;
  after: string;
}

/** `value` with its unit, in parts, so a card can set the number large and the unit small. */
export function unitParts(value: number, unit: Unit, { locale, t, f }: Pick<I18n, 'locale' | 't' | 'f'>): UnitParts {
  const formatted = f.value(value);
  const form = typeof unit === 'string'
    ? unit
    : unit[new Intl.PluralRules(locale).select(value) as PluralCategory] ?? unit.other;
  // A unit without the number's place goes where the language puts units ("4,210 users").
  const pattern = form.includes(countMark) ? form : t('metrics.valueWithUnit', { unit: form });
  const at = pattern.indexOf(form.includes(countMark) ? countMark : '{value}');
  const mark = form.includes(countMark) ? countMark : '{value}';
  return { before: pattern.slice(0, at), value: formatted, after: pattern.slice(at + mark.length) };
}

/** `value` with its unit as one text: "4,210 users", "4,020人". */
export function withUnit(value: number, unit: Unit, i18n: Pick<I18n, 'locale' | 't' | 'f'>): string {
  const { before, value: formatted, after } = unitParts(value, unit, i18n);
  return `${before}${formatted}${after}`;
}
