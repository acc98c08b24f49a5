/**
 * Authors write wiki links in Markdown as site-absolute paths (`/programs/ambassadors/`),
 * the way they appear in the browser. This hast plugin prefixes them with the base path,
 * so the same content works at `/` and under `/devrel/`: in Markdown links and images,
 * in HTML of a `.md` file, and in the HTML tags of an `.mdx` file (JSX elements there).
 */
import { defineHastPlugin } from 'satteri';
import { joinBase } from '../lib/urls.ts';

const attributeFor: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

interface JsxElement {
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

export function baseLinksPlugin(base: string) {
  const tags = Object.keys(attributeFor);
  const rewriteJsx = {
    filter: tags,
    visit(node: unknown, ctx: { setProperty(node: never, key: string, value: unknown): void }) {
      const element = node as JsxElement;
      const attribute = attributeFor[element.name ?? ''];
      const value = element.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute)?.value;
      if (!attribute || typeof value !== 'string') return;
      const rewritten = joinBase(base, value);
      if (rewritten !== value) ctx.setProperty(node as never, attribute, rewritten);
    },
  };
  return defineHastPlugin({
    name: 'devrel-wiki:base-links',
    element: {
      filter: tags,
      visit(node, ctx) {
        const attribute = attributeFor[node.tagName];
        const value = attribute ? node.properties?.[attribute] : undefined;
        if (typeof value !== 'string') return;
        const rewritten = joinBase(base, value);
        if (rewritten !== value) ctx.setProperty(node, attribute!, rewritten);
      },
    },
    mdxJsxFlowElement: rewriteJsx,
    mdxJsxTextElement: rewriteJsx,
  });
}
