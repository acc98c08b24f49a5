/**
 * The site's language, from `locale:` in `content/site.yaml`, and its translator: the
 * one `t()` every page, component, feed, calendar and script uses for the words the
 * wiki writes itself (never for content).
 */
import { site } from '../data/site.ts';
import { createTranslator } from './translate.ts';

/** The site's BCP 47 language tag, e.g. `en`, `ja`, `pt-BR`. */
export const locale: string = site.locale;

/** The wiki's UI string for `key` in the site's language. */
export const t = createTranslator(locale);
