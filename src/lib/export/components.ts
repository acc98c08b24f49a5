/**
 * The wiki's content components, written as plain Markdown for the public export: a
 * blog's CMS knows nothing of `<Callout>` or `<Figure>`. A callout becomes a quote that
 * starts with its label ("**Tip: Book early**"); a figure is an image of the wiki, which
 * readers outside the company cannot load, so it goes, like any wiki image. `<Internal>`
 * parts are cut before this runs (internal.ts).
 */
import { parseMdx, walk } from '../recaps/internal.ts';

const calloutLabels: Record<string, string> = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning' };

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function componentsToMarkdown(body: string): string {
  const edits: Edit[] = [];
  walk(parseMdx(body), (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.position) return;
    const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
    if (node.name === 'Figure') {
      edits.push({ start, end, text: '' });
      return false;
    }
    if (node.name !== 'Callout') return;
    const attribute = (name: string) => node.attributes?.find((a) => a.name === name)?.value;
    const type = String(attribute('type') ?? 'note');
    const title = typeof attribute('title') === 'string' ? String(attribute('title')) : '';
    const children = (node.children ?? []).filter((c) => c.position);
    const inner = children.length ? body.slice(children[0]!.position!.start.offset, children.at(-1)!.position!.end.offset).trim() : '';
    const label = `**${calloutLabels[type] ?? 'Note'}${title ? `: ${title}` : ''}**`;
    const quoted = [label, '', ...inner.split('\n')].map((line) => (line ? `> ${line}` : '>')).join('\n');
    edits.push({ start, end, text: node.type === 'mdxJsxTextElement' ? `${label} ${inner}` : quoted });
    // Components inside a callout stay as written; the outer edit replaces them whole.
    return false;
  });
  let out = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
