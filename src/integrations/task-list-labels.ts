/**
 * Roadbook checklists are GitHub task lists: `- [ ] Do this` renders as a checkbox
 * with no label, which screen readers announce as just "checkbox" (axe rule `label`).
 * This hast plugin names each checkbox after its list item's text.
 */
import { defineHastPlugin } from 'satteri';

interface HastLike {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastLike[];
}

function textOf(node: HastLike): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Gives every task-list checkbox an `aria-label` with the text of its item. */
export function taskListLabelsPlugin() {
  return defineHastPlugin({
    name: 'devrel-wiki:task-list-labels',
    element: {
      filter: ['li'],
      visit(node, ctx) {
        // GFM marks task items with this class. Checking it first leaves every other list
        // item alone: reading an item's children copies them out of the parser, which
        // made this plugin cost about 45 µs per recap, more than parsing the recap.
        const className = (node as HastLike).properties?.className;
        if (!Array.isArray(className) || !className.includes('task-list-item')) return;
        const children = ((node as HastLike).children ?? []) as HastLike[];
        // The checkbox sits first in the item, or first in its paragraph for loose lists.
        const holder = children.find((child) => child.type === 'element' && child.tagName === 'p') ?? (node as HastLike);
        const checkbox = (holder.children ?? []).find((child) => child.tagName === 'input' && child.properties?.type === 'checkbox');
        const label = textOf(node as HastLike).replace(/\s+/g, ' ').trim();
        if (checkbox && label && !checkbox.properties?.ariaLabel) ctx.setProperty(checkbox as never, 'ariaLabel', label);
      },
    },
  });
}
