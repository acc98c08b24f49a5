/**
 * Replaces each ```` ```mermaid ```` code block of a Markdown or MDX body with the
 * diagram drawn at build time (src/lib/diagrams/mermaid.ts), as an inline SVG in a
 * <figure>; its labels are SVG text, read by screen readers and found by search. A block that does not
 * parse stays a code block: `npm run check` and the build's content guard have already
 * reported it at its line. Prism leaves these blocks alone (astro.config.mjs), so the
 * plugin reads the text as written.
 */
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { renderDiagram } from '../lib/diagrams/mermaid.ts';

const isMermaid = (node: Element | undefined): boolean => {
  const classes = node?.properties?.className;
  return Array.isArray(classes) && classes.includes('language-mermaid');
};

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');

export function mermaidDiagramsPlugin() {
  return defineHastPlugin({
    name: 'devrel-wiki:mermaid-diagrams',
    element: {
      filter: ['pre'],
      visit(node, ctx) {
        const pre = node as unknown as Element;
        const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
        if (!isMermaid(code) && !isMermaid(pre)) return;
        const source = textOf(code ?? pre).replace(/\n$/, '');
        const svg = renderDiagram(source);
        if (!svg) return;
        // No role: screen readers read the labels, which are the diagram's text, in order.
        const figure: Element = { type: 'element', tagName: 'figure', properties: { className: ['diagram'] }, children: [svg] };
        ctx.replaceNode(node, figure as never);
      },
    },
  });
}
