/**
 * Authors write wiki links in Markdown as site-absolute paths (`/programs/ambassadors/`),
 * the way they appear in the browser. This hast plugin prefixes them with the base path,
 * so the same content works at `/` and under `/devrel/`.
 */
import { defineHastPlugin } from 'satteri';
import { joinBase } from '../lib/urls.ts';

const attributeFor: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

export function baseLinksPlugin(base: string) {
  return defineHastPlugin({
    name: 'devrel-wiki:base-links',
    element: {
      filter: Object.keys(attributeFor),
      visit(node, ctx) {
        const attribute = attributeFor[node.tagName];
        const value = attribute ? node.properties?.[attribute] : undefined;
        if (typeof value !== 'string') return;
        const rewritten = joinBase(base, value);
        if (rewritten !== value) ctx.setProperty(node, attribute!, rewritten);
      },
    },
  });
}
