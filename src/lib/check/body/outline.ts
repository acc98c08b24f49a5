/**
 * What a body's page will offer as link targets, and which of its links aim at one:
 * collected while `checkBody` walks the parsed body, so anchors are checked without a
 * second parse. Heading ids are made exactly as the Markdown and MDX pipelines make them
 * (github-slugger over the heading's text, numbered when repeated, any script kept:
 * "## 東京での勉強会" is `#東京での勉強会`); an element's own `id` is kept as written.
 */
import GithubSlugger from 'github-slugger';

export interface OutlineLink {
  /** The link as written, with its `#fragment`. */
  url: string;
  /** Position in the file (1-based), for the problem. */
  line: number;
  column: number;
}

export interface BodyOutline {
  /** Every id the rendered body will hold, in page order. */
  ids: string[];
  /** Links with a fragment that stay on the site (`#x`, `/programs/y/#x`, `../y/#x`). */
  links: OutlineLink[];
}

/** An outline being filled: one slugger per body, as the pipeline has one per page. */
export class OutlineBuilder {
  readonly outline: BodyOutline = { ids: [], links: [] };
  readonly #slugger = new GithubSlugger();

  /** A heading without an id of its own: its text gives the id. */
  heading(text: string): void {
    this.outline.ids.push(this.#slugger.slug(text));
  }

  /** An element with an explicit `id` (a heading written in HTML, an `<a id>` anchor). */
  id(value: string): void {
    if (value) this.outline.ids.push(value);
  }

  /** A link, kept when it has a fragment and does not leave the site. */
  link(url: string, line: number, column: number): void {
    const hash = url.indexOf('#');
    if (hash === -1 || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim())) return;
    this.outline.links.push({ url, line, column });
  }
}

interface TextNode {
  type: string;
  value?: string;
  children?: TextNode[];
}

/**
 * A heading's text as the rendered page has it (the element's text content): text and
 * code as written, inline HTML without its tags, comments and images as nothing.
 */
export function headingText(node: TextNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value ?? '';
    case 'html':
      return (node.value ?? '').replace(/<[^>]*>/g, '');
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      return '';
    default:
      return (node.children ?? []).map(headingText).join('');
  }
}
