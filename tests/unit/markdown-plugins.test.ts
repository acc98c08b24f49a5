/**
 * The wiki's hast plugins, run through the same Markdown processor the build uses
 * (satteri): what an author writes in Markdown is what readers and screen readers get.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinksPlugin } from '../../src/integrations/base-links.ts';
import { scrollableBlocksPlugin } from '../../src/integrations/scrollable-blocks.ts';
import { taskListLabelsPlugin } from '../../src/integrations/task-list-labels.ts';

type Plugins = NonNullable<Parameters<typeof markdownToHtml>[1]>['hastPlugins'];

async function html(markdown: string, plugins: Plugins): Promise<string> {
  const rendered = await markdownToHtml(markdown, { hastPlugins: plugins });
  return typeof rendered === 'string' ? rendered : rendered.html;
}

describe('task list labels', () => {
  it('names each checkbox after its item, in tight, loose and ordered lists', async () => {
    const out = await html('- [ ] Ask Samir for *board* access\n- [x] Read the roadbook\n\n1. [ ] Book the room\n\n   Early, rooms go fast.\n\n2. [ ] Order food\n', [taskListLabelsPlugin()]);
    expect(out).toContain('<input type="checkbox" disabled aria-label="Ask Samir for board access">');
    expect(out).toContain('<input type="checkbox" checked disabled aria-label="Read the roadbook">');
    expect(out).toContain('aria-label="Book the room Early, rooms go fast."');
    expect(out).toContain('aria-label="Order food"');
  });

  it('leaves ordinary list items alone', async () => {
    const out = await html('- plain item\n- another [ ] item\n', [taskListLabelsPlugin()]);
    expect(out).not.toContain('aria-label');
    expect(out).toBe(await html('- plain item\n- another [ ] item\n', []));
  });
});

describe('base links and scrollable blocks', () => {
  it('prefixes site-absolute links with the base path and leaves other links alone', async () => {
    const out = await html('[ambassadors](/programs/lumen-ambassadors/) and [docs](https://example.com/x) and [here](#top)', [baseLinksPlugin('/devrel/')]);
    expect(out).toContain('href="/devrel/programs/lumen-ambassadors/"');
    expect(out).toContain('href="https://example.com/x"');
    expect(out).toContain('href="#top"');
  });

  it('prefixes the links and images of HTML tags in .mdx bodies too', async () => {
    const { code } = await mdxToJs('<div>\n\n<img src="/images/booth.png" alt="Booth" />\n\nSee <a href="/programs/x/">x</a> and <a href="https://example.com/">y</a>.\n\n</div>\n', { hastPlugins: [baseLinksPlugin('/devrel/')] });
    expect(code).toContain('src: "/devrel/images/booth.png"');
    expect(code).toContain('href: "/devrel/programs/x/"');
    expect(code).toContain('href: "https://example.com/"');
  });

  it('puts code blocks and tables in the Tab order', async () => {
    const out = await html('```\ncode\n```\n\n| a |\n| - |\n| 1 |\n', [scrollableBlocksPlugin()]);
    expect(out).toMatch(/<pre[^>]* tabindex="0"/);
    expect(out).toMatch(/<table[^>]* tabindex="0"/);
  });
});
