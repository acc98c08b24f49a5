/**
 * `<Internal>…</Internal>` parts of a recap body, found with the same MDX parser the
 * build uses (satteri, behind @astrojs/mdx), never with a regular expression: nested
 * markup, attributes, self-closing tags, several blocks and multi-line content all
 * come out right, and a tag inside a code block is left alone because it is code.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

/** The component's name as authors write it. */
export const internalTag = 'Internal';

/** Source range of one `<Internal>` element, offsets into the body. */
export interface InternalPart {
  start: number;
  end: number;
  /** 1-based line in the body where the part opens. */
  line: number;
  /** `reason` or `label`, when given. */
  note?: string;
  /** True for a part that sits inside a paragraph (a phrase), false for whole blocks. */
  inline: boolean;
}

/** A body that cannot be parsed as MDX: the parser's message with the body-relative position. */
export class MdxSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = 'MdxSyntaxError';
    this.line = line;
    this.column = column;
  }
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: { offset: number; line: number; column: number }; end: { offset: number; line: number; column: number } };
}

/** Parse an MDX body to mdast, turning the parser's error into an `MdxSyntaxError`. */
export function parseMdx(body: string): Node {
  try {
    return mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // satteri reports "3:1: Expected a closing tag for `<Internal>` (3:1) (mdx-jsx:…)".
    const at = /^(\d+):(\d+):\s*/.exec(message);
    const clean = message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(\d+:\d+\)/, '').replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
    throw new MdxSyntaxError(clean, at ? Number(at[1]) : 1, at ? Number(at[2]) : 1);
  }
}

/** Parse a plain Markdown body (a `.md` file) to mdast. */
export function parseMarkdown(body: string): Node {
  return markdownToMdast(body) as unknown as Node;
}

const isInternal = (node: Node) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === internalTag;

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/**
 * Depth-first walk in source order; `visit` returns false to skip a node's children.
 * With a stack of its own rather than recursion: a body of 10,000 nested list items
 * would otherwise overflow the call stack before any check could refuse it.
 */
export function walk(node: Node, visit: (node: Node, parent?: Node) => boolean | void, parent?: Node): void {
  const pending: Array<{ node: Node; parent?: Node }> = [{ node, parent }];
  while (pending.length) {
    const next = pending.pop()!;
    if (visit(next.node, next.parent) === false) continue;
    const children = next.node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) pending.push({ node: children[i]!, parent: next.node });
  }
}

/** The first node nested deeper than `limit` levels below `root`, or undefined. Iterative, like `walk`. */
export function nodeDeeperThan(root: Node, limit: number): Node | undefined {
  const pending: Array<{ node: Node; depth: number }> = [{ node: root, depth: 0 }];
  while (pending.length) {
    const { node, depth } = pending.pop()!;
    if (depth > limit) return node;
    for (const child of node.children ?? []) pending.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}

/** A list item or quote holding nothing but the part goes with it: an empty `- ` would be left otherwise. */
const onlyChildOf = (parent?: Node) =>
  (parent?.type === 'listItem' || parent?.type === 'blockquote') && parent.children?.length === 1 && parent.position ? parent : undefined;

/** The outermost `<Internal>` parts of an MDX body, in source order. Throws `MdxSyntaxError`. */
export function findInternalParts(body: string): InternalPart[] {
  const parts: InternalPart[] = [];
  walk(parseMdx(body), (node, parent) => {
    if (!isInternal(node) || !node.position) return;
    const note = attribute(node, 'reason') ?? attribute(node, 'label');
    const range = (onlyChildOf(parent) ?? node).position!;
    parts.push({
      start: range.start.offset,
      end: range.end.offset,
      line: node.position.start.line,
      inline: node.type === 'mdxJsxTextElement',
      ...(note ? { note } : {}),
    });
    // Nested parts go with their parent.
    return false;
  });
  return parts;
}

/**
 * The body without its `<Internal>` parts. A removed block takes its line with it, so
 * no stray blank lines pile up; a removed phrase takes one neighbouring space, so no
 * double space is left in the sentence. Throws `MdxSyntaxError` on an unreadable body,
 * so a broken tag can never let internal text through.
 */
export function stripInternal(body: string): string {
  let out = body;
  // From the end, so earlier offsets stay valid.
  for (const part of findInternalParts(body).reverse()) {
    let { start, end } = part;
    if (part.inline) {
      if (out[start - 1] === ' ' && /^(?:[ .,;:!?)\r\n]|$)/.test(out[end] ?? '')) start--;
      else if (out[end] === ' ') end++;
    } else {
      // A block on lines of its own takes those lines with it; one sharing a line
      // with other text (after a list marker, say) leaves the line in place.
      let lineStart = start;
      while (lineStart > 0 && (out[lineStart - 1] === ' ' || out[lineStart - 1] === '\t')) lineStart--;
      if (lineStart === 0 || out[lineStart - 1] === '\n') {
        start = lineStart;
        if (out[end] === '\r') end++;
        if (out[end] === '\n') end++;
      }
    }
    out = out.slice(0, start) + out.slice(end);
  }
  return out.replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
}

/**
 * Lines of a plain Markdown body where `<Internal>` is written: in a `.md` file it is not a
 * component but unknown raw HTML, so its text would show unmarked and could not be removed.
 */
export function internalTagsInMarkdown(body: string): Array<{ line: number; column: number }> {
  const found: Array<{ line: number; column: number }> = [];
  walk(parseMarkdown(body), (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return false;
    if (node.type === 'html' && node.value && /<\/?Internal\b/.test(node.value) && node.position) {
      // The HTML node may start on an earlier line than the tag itself.
      const before = node.value.slice(0, node.value.search(/<\/?Internal\b/));
      const extraLines = before.split('\n').length - 1;
      found.push({ line: node.position.start.line + extraLines, column: extraLines ? before.length - before.lastIndexOf('\n') : node.position.start.column + before.length });
    }
  });
  return found;
}

export type { MdastNode };
