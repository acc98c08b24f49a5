/**
 * What a reader sees of a Markdown document (a pull request's body): rendered by a GFM
 * renderer, tags dropped, entities and the escaper's zero-width spaces taken out, runs
 * of white space as one. Table cells end with " |" so rows can be compared as text.
 */
import { markdownToHtml } from 'satteri';

export function renderedText(markdown: string): string {
  return markdownToHtml(markdown)
    .html.replace(/<\/?(?:code|strong|em|a)\b[^>]*>/g, '')
    .replace(/<\/t[dh]>/g, ' |')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u200B/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
