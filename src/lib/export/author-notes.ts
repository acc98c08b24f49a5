/**
 * Things in a body that readers of the wiki never see but that would show up as text in
 * an export: MDX comments (`{/* check the budget *\/}`) and other expressions, `import`/
 * `export` lines, and HTML comments (`<!-- ask Sales -->`). Authors leave notes to each
 * other in them, so the public version drops them all.
 */
import { parseMarkdown, parseMdx, walk } from '../recaps/internal.ts';

const mdxOnly = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

export function removeAuthorNotes(body: string, format: 'md' | 'mdx'): string {
  const ranges: Array<{ start: number; end: number }> = [];
  walk(format === 'mdx' ? parseMdx(body) : parseMarkdown(body), (node) => {
    if (!node.position) return;
    const comment = node.type === 'html' && /^\s*<!--[\s\S]*?-->\s*$/.test(node.value ?? '');
    if (mdxOnly.has(node.type) || comment) {
      ranges.push({ start: node.position.start.offset, end: node.position.end.offset });
      return false;
    }
  });
  let out = body;
  for (const { start, end } of ranges.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + out.slice(end);
  return out;
}
