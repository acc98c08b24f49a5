/**
 * The site's language, from `locale:` in `content/site.yaml` and the team's own words in
 * `content/strings.yaml`: the one `t()` every page, component, feed and calendar uses for
 * the words the wiki writes itself (never for content), and the formats for its dates
 * and numbers. Lib functions never import this file: they take an `I18n` (i18n.ts).
 */
import { site } from '../data/site.ts';
import { contentDir } from '../lib/paths.ts';
import { loadI18n } from './load.ts';

/** The site's language: tag, direction, translator and formats. */
export const i18n = loadI18n(contentDir, site.locale);

/** The site's BCP 47 language tag, e.g. `en`, `ja`, `pt-BR`. */
export const locale: string = i18n.locale;

/** `rtl` when the site's language is written right to left. */
export const dir = i18n.dir;

/** The wiki's UI string for `key` in the site's language. */
export const t = i18n.t;

/** Dates, times, numbers and lists in the site's language. */
export const f = i18n.f;

/** A plural message's form for a count, placeholders unfilled, for markup around the number. */
export const form = i18n.form;
