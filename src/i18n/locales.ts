/**
 * Which language tag gets which shipped catalog, which way its script runs, and what
 * to suggest for a tag that is not one. Pure, so the content check, the build and the
 * tests decide alike.
 */
import { editDistance } from '../lib/did-you-mean.ts';

/** Languages the wiki ships complete UI catalogs for; English is the source. */
export const shippedLocales = ['en', 'de', 'es', 'fr', 'ja', 'ko', 'pt-BR', 'zh-CN', 'ar'] as const;
export type ShippedLocale = (typeof shippedLocales)[number];

export interface ResolvedLocale {
  /** The tag as written, canonical (`pt-br` → `pt-BR`): what `<html lang>` and Intl get. */
  tag: string;
  /** The shipped catalog the wiki's words come from; `en` when none fits. */
  catalog: ShippedLocale;
  /** True when no shipped catalog is in this language: each string shows in English unless the team translates it. */
  fallback: boolean;
}

/** Language, script and region of a tag, with the likely script filled in (`zh-TW` → Hant). */
function subtags(tag: string): { language: string; script: string; region: string } {
  const full = new Intl.Locale(tag).maximize();
  return { language: full.language, script: full.script ?? '', region: full.region ?? '' };
}

/**
 * The shipped catalog for `tag`: the same tag, else the same language written in the
 * same script (`de-AT` → `de`, `pt-PT` → `pt-BR`, `zh-SG` → `zh-CN`), else English as a
 * fallback. Chinese in Traditional characters (`zh-TW`, `zh-HK`, `zh-Hant`) is not
 * Simplified Chinese, so it falls back to English rather than to `zh-CN`.
 * @param tag a tag that `Intl.getCanonicalLocales` accepts (site.ts checks it)
 */
export function resolveLocale(tag: string): ResolvedLocale {
  const canonical = Intl.getCanonicalLocales(tag)[0] ?? 'en';
  const exact = shippedLocales.find((shipped) => shipped.toLowerCase() === canonical.toLowerCase());
  if (exact) return { tag: canonical, catalog: exact, fallback: false };
  const wanted = subtags(canonical);
  const sameScript = shippedLocales.filter((shipped) => {
    const candidate = subtags(shipped);
    return candidate.language === wanted.language && candidate.script === wanted.script;
  });
  const best = sameScript.find((shipped) => subtags(shipped).region === wanted.region) ?? sameScript[0];
  return best ? { tag: canonical, catalog: best, fallback: false } : { tag: canonical, catalog: 'en', fallback: true };
}

/** Languages written right to left, for engines whose Intl.Locale has no text info. */
const rightToLeft = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku-Arab', 'lrc', 'mzn', 'nqo', 'pa-Arab', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const rightToLeftScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** `rtl` for a language written right to left (Arabic, Hebrew, Persian, Urdu…), else `ltr`. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
  const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  const { language, script } = subtags(tag);
  return rightToLeft.has(language) || rightToLeftScripts.has(script) ? 'rtl' : 'ltr';
}

/**
 * Country codes and names people write for a language (`jp` is Japan, the language is
 * `ja`). Only those that are not themselves a language's code, except `kr` (Kanuri),
 * which a team writing Korean means far more often; see `localeNotice`.
 */
const commonSlips: Record<string, string> = {
  jp: 'ja', cn: 'zh-CN', kr: 'ko', gr: 'el', dk: 'da', cz: 'cs', ua: 'uk', il: 'he', vn: 'vi', br: 'pt-BR',
  se: 'sv', at: 'de-AT', us: 'en-US', gb: 'en-GB', ee: 'et', rs: 'sr', by: 'be', kz: 'kk', ir: 'fa', pk: 'ur',
  chinese: 'zh-CN', mandarin: 'zh-CN', japanese: 'ja', korean: 'ko', english: 'en', german: 'de', deutsch: 'de',
  spanish: 'es', español: 'es', french: 'fr', français: 'fr', portuguese: 'pt-BR', português: 'pt-BR', arabic: 'ar', العربية: 'ar',
  日本語: 'ja', 中文: 'zh-CN', 한국어: 'ko',
};

export type LocaleCheck =
  | { ok: true; tag: string; resolved: ResolvedLocale; notice?: string }
  | { ok: false; message: string; suggestion?: string };

const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

/** The English name of a tag's language, undefined when Intl knows no such language. */
function languageName(language: string): string | undefined {
  try {
    return languageNames.of(language);
  } catch {
    return undefined;
  }
}

/** A suggestion for a tag that is malformed or names no language, or undefined. */
export function suggestLocale(input: string): string | undefined {
  const text = input.trim();
  const slip = commonSlips[text.toLowerCase()];
  if (slip) return slip;
  // pt_BR, zh_cn, ja-jp: the right parts, written another way.
  const dashed = text.replace(/_/g, '-');
  try {
    const canonical = Intl.getCanonicalLocales(dashed)[0];
    if (canonical && canonical !== text && checkLocale(canonical).ok) return canonical;
  } catch {
    // not a tag even with dashes: try the closest shipped one below
  }
  // One letter off a shipped tag (`de-AU` is fine; `jq` → `ja`); anything further is a guess.
  return shippedLocales.find((shipped) => editDistance(shipped.toLowerCase(), text.toLowerCase()) === 1);
}

/**
 * Whether `input` is a language tag the wiki can use: well formed (BCP 47), naming a
 * language Intl knows and, when it has one, a region Intl knows. A known tag with no
 * shipped catalog is fine (its strings fall back to English; `npm run check` warns).
 */
export function checkLocale(input: string): LocaleCheck {
  const text = input.trim();
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(text)[0];
  } catch {
    canonical = undefined;
  }
  const suggestion = () => {
    const found = suggestLocale(text);
    return found && found !== text ? found : undefined;
  };
  if (!canonical || text.includes('_')) {
    return { ok: false, message: `"${text}" is not a language tag`, suggestion: suggestion() };
  }
  const locale = new Intl.Locale(canonical);
  if (locale.language === 'und' || !languageName(locale.language)) {
    return { ok: false, message: `"${text}" names no language Intl knows`, suggestion: suggestion() };
  }
  if (locale.region && !regionNames.of(locale.region)) {
    return { ok: false, message: `"${text}": ${locale.region} is not a region Intl knows`, suggestion: suggestion() ?? locale.language };
  }
  const resolved = resolveLocale(canonical);
  const notice = commonSlips[text.toLowerCase()] && commonSlips[text.toLowerCase()] !== canonical
    ? `"${text}" is ${languageName(locale.language)}; if you meant ${languageName(new Intl.Locale(commonSlips[text.toLowerCase()]!).language)}, write "${commonSlips[text.toLowerCase()]}"`
    : undefined;
  return { ok: true, tag: canonical, resolved, notice };
}
