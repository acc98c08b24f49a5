/**
 * Code blocks and tables in Markdown scroll sideways on narrow screens (see `.prose pre`
 * and `.prose table` in global.css). Keyboard users can only scroll what they can focus
 * (WCAG 2.1.1, axe rule `scrollable-region-focusable`), so this hast plugin puts both
 * in the Tab order, as Shiki did for code blocks before the switch to Prism.
 */
import { defineHastPlugin } from 'satteri';

/** Adds `tabindex="0"` to every `pre` and `table` of Markdown and MDX bodies. */
export function scrollableBlocksPlugin() {
  return defineHastPlugin({
    name: 'devrel-wiki:scrollable-blocks',
    element: {
      filter: ['pre', 'table'],
      visit(node, ctx) {
        if (node.properties?.tabIndex === undefined) ctx.setProperty(node, 'tabIndex', 0);
      },
    },
  });
}
