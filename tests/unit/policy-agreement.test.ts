/**
 * One policy, two enforcers: `npm run check` (check-body.ts) and the build's Markdown/MDX
 * pipeline (content-policy-plugin.ts) decide from the same vocabulary (policy.ts,
 * html-policy.ts). Each case below runs through both: what check reports as an error must
 * be exactly what the pipeline refuses (stops the compile) or removes, in the same words,
 * and what check lets through the pipeline must leave alone. A rule added to one and not
 * the other fails here.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/check/body/check-body.ts';
import { ContentPolicyError, contentPolicyPlugin } from '../../src/lib/check/body/content-policy-plugin.ts';
import type { Verdict } from '../../src/lib/check/body/html-policy.ts';

interface Renderers {
  markdown: { render(source: string, options: object): Promise<unknown> };
  mdx: { process(source: string, file: string, frontmatter: object): Promise<unknown> };
}

/** The pipeline as astro.config.mjs sets it up, reporting what it removes. */
async function pipeline(report: (verdict: Verdict) => void): Promise<Renderers> {
  const processor = satteri({ hastPlugins: [contentPolicyPlugin({ report })], features: { rawHtml: true } }) as unknown as {
    createRenderer(shared: object): Promise<Renderers['markdown']>;
    createMdxRenderer(shared: object, mdx: object): Promise<Renderers['mdx']>;
  };
  const shared = { syntaxHighlight: 'prism' };
  return {
    markdown: await processor.createRenderer(shared),
    mdx: await processor.createMdxRenderer(shared, { optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false }),
  };
}

const files = { images: new Set(['booth.png']), publicFiles: new Set<string>() };

/** The messages of the errors `npm run check` reports for `body`. */
function checkSays(body: string, format: 'md' | 'mdx'): string[] {
  return [...new Set(checkBody({ collection: 'recaps', file: `content/recaps/2026/2026-01-01-x.${format}`, body, bodyLine: 1 }, files).filter((p) => p.severity === 'error').map((p) => p.message))].sort();
}

/** The messages of what the pipeline refuses or removes for `body`. */
async function pipelineSays(body: string, format: 'md' | 'mdx'): Promise<string[]> {
  const said: string[] = [];
  const { markdown, mdx } = await pipeline((verdict) => said.push(verdict.message));
  try {
    if (format === 'md') await markdown.render(body, {});
    else await mdx.process(body, `${process.cwd()}/content/recaps/2026/2026-01-01-x.mdx`, {});
  } catch (error) {
    if (!(error instanceof ContentPolicyError)) throw error;
    said.push(error.verdict.message);
  }
  return [...new Set(said)].sort();
}

/** One problem each, so a compile that stops at its first refusal reports all there is. */
const cases: Array<[string, 'md' | 'mdx', string]> = [
  // Code
  ['an import', 'mdx', "import fs from 'node:fs'\n\nText.\n"],
  ['an export', 'mdx', 'export const a = 1\n\nText.\n'],
  ['an expression', 'mdx', 'Home: {process.env.HOME}\n'],
  ['a long expression, quoted the same', 'mdx', "{require('child_process').execSync('cat /etc/passwd').toString()}\n"],
  ['an unknown component', 'mdx', '<Tweet id="1" />\n'],
  ['a member component', 'mdx', '<props.components.Evil />\n'],
  ['a component named like a local of the compiled module', 'mdx', '<_components />\n'],
  ['a namespaced name', 'mdx', '<svg:script>x</svg:script>\n'],
  ['an expression attribute', 'mdx', '<Callout title={process.env.HOME}>x</Callout>\n'],
  ['a spread attribute', 'mdx', '<Callout {...props}>x</Callout>\n'],
  ['an expression attribute on HTML', 'mdx', '<div title={process.env.HOME}>x</div>\n'],
  // Markup, as JSX in .mdx
  ['a script element', 'mdx', '<script>alert(1)</script>\n'],
  ['an iframe', 'mdx', '<iframe src="https://evil.example/" />\n'],
  ['an event handler', 'mdx', '<div onClick="alert(1)">x</div>\n'],
  ['a style attribute', 'mdx', '<p style="color:red">x</p>\n'],
  ['an unknown element', 'mdx', '<blink>x</blink>\n'],
  ['a javascript: link in JSX', 'mdx', '<a href="javascript:alert(1)">x</a>\n'],
  ['an image from another host in JSX', 'mdx', '<img src="https://tracker.example/p.png" alt="x" />\n'],
  // Markup, as raw HTML in .md
  ['a script element (raw HTML)', 'md', '<script>alert(1)</script>\n'],
  ['an event handler (raw HTML)', 'md', 'Hi <img src="/images/booth.png" alt="Booth" onerror="alert(1)">\n'],
  ['a form (raw HTML)', 'md', '<form action="https://evil.example"><input name="p"></form>\n'],
  ['a class attribute (raw HTML)', 'md', '<p class="visually-hidden">x</p>\n'],
  ['a meta refresh (raw HTML)', 'md', '<meta http-equiv="refresh" content="0;url=https://evil.example">\n'],
  ['a javascript: link (raw HTML)', 'md', '<a href="javascript:alert(1)">x</a>\n'],
  ['a data: image (raw HTML)', 'md', '<img src="data:image/png;base64,AAAA" alt="x">\n'],
  // What authors may write: neither says anything.
  ['plain Markdown', 'md', '# Title\n\nSome **bold** text, a [link](https://example.com/) and ![Booth](/images/booth.png).\n'],
  ['allowed HTML', 'md', '<details>\n<summary>More</summary>\n\nPress <kbd>Ctrl</kbd><sup>1</sup>.\n\n</details>\n'],
  ['registry components and a comment', 'mdx', '<Callout type="tip" title="Hi">x</Callout>\n\n<Figure src="/images/booth.png" alt="Booth" />\n\n{/* a note */}\n\n<Internal reason="budget">y</Internal>\n'],
  ['an HTML comment', 'md', 'Text <!-- a note to other authors -->\n'],
];

describe('npm run check and the build pipeline agree', () => {
  for (const [name, format, body] of cases) {
    it(`${name} (.${format})`, async () => {
      const check = checkSays(body, format);
      expect(await pipelineSays(body, format)).toEqual(check);
    });
  }

  it('refuse every code case and every hostile markup case (the list is not all allowed)', async () => {
    const refused = cases.filter(([, format, body]) => checkSays(body, format).length > 0);
    expect(refused).toHaveLength(cases.length - 4);
  });
});
