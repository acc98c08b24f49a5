/**
 * The wiki's content components, written as plain Markdown for the public export: a
 * blog's CMS knows nothing of `<Callout>` or `<Figure>`. A callout becomes a quote that
 * starts with its label ("**Tip: Book early**"); a figure becomes a Markdown image with
 * its caption below (export-media.ts then writes the resized photo beside the export);
 * a gallery, its figures one after another; a video, a link to the recording.
 * `<Internal>` parts are cut before this runs (internal.ts).
 */
import { parseMdx, walk } from '../recaps/internal.ts';
import { recordingUrl } from '../media/recordings.ts';

const escapeLabel = (text: string) => text.replace(/([\\`*_[\]<>])/g, '\\$1');

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
    const attribute = (name: string) => {
      const value = node.attributes?.find((a) => a.name === name)?.value;
      return typeof value === 'string' ? value : undefined;
    };
    const figure = (figureNode: typeof node) => {
      const value = (name: string) => {
        const found = figureNode.attributes?.find((a) => a.name === name)?.value;
        return typeof found === 'string' ? found : undefined;
      };
      const children = (figureNode.children ?? []).filter((c) => c.position);
      const caption = value('caption') ?? (children.length ? body.slice(children[0]!.position!.start.offset, children.at(-1)!.position!.end.offset).trim() : '');
      const src = value('src');
      return src ? `![${escapeLabel(value('alt') ?? '')}](${src})${caption ? `\n\n*${caption}*` : ''}` : '';
    };
    if (node.name === 'Figure') {
      edits.push({ start, end, text: figure(node) });
      return false;
    }
    if (node.name === 'Gallery') {
      const figures: string[] = [];
      walk(node, (inner) => {
        if (inner !== node && inner.name === 'Figure') {
          figures.push(figure(inner));
          return false;
        }
      });
      edits.push({ start, end, text: figures.filter(Boolean).join('\n\n') });
      return false;
    }
    if (node.name === 'Video') {
      const url = recordingUrl(attribute('src') ?? '');
      edits.push({ start, end, text: url ? `[Watch: ${escapeLabel(attribute('title') ?? 'the recording')}](${url})` : '' });
      return false;
    }
    if (node.name !== 'Callout') return;
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
