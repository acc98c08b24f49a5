/**
 * A translated sentence as HTML with markup where its placeholders are, for lists that
 * render thousands of times (a recap list's "**600** people"), where a component per
 * item (Words.astro) would cost build time. The sentence's own words are escaped; the
 * markup given for each placeholder is trusted, so callers escape what they put in it.
 */
import { escapeHtml } from '../lib/escape-html.ts';
import { splitPlaceholders } from './message.ts';

export function fillHtml(text: string, html: Record<string, string>): string {
  return splitPlaceholders(text).map((part) => (typeof part === 'string' ? escapeHtml(part) : html[part.name] ?? escapeHtml(`{${part.name}}`))).join('');
}
