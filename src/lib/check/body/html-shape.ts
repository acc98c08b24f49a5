/**
 * The shape of a piece of raw HTML, measured in one pass before any parser sees it:
 * how many attributes its busiest tag has and how deep its elements nest. The HTML
 * parser behind the Markdown pipeline takes time that grows with the square of both
 * (70,000 attributes on one tag: 10 s; 20,000 nested <div>s: 2 s), so HTML over the
 * limits is refused from this measure alone, in linear time.
 */

/** Attributes on one tag: a long `<img>` or `<td>` has under ten. */
export const maxAttributesPerTag = 100;

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export interface HtmlShape {
  /** Most attributes on one tag, and the offset of that tag's `<`. */
  attributes: { count: number; offset: number };
  /** Deepest nesting of open elements, and the offset of the tag that reached it. */
  depth: { count: number; offset: number };
  /** Elements still open at the end (HTML blocks of one Markdown body nest across blank lines). */
  endDepth: number;
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isNameChar = (c: string) => /[A-Za-z0-9:_-]/.test(c);

/**
 * One pass over `html`: a small state machine, no regular expression over the whole text.
 * `openDepth` is how many elements earlier HTML of the same body left open.
 */
export function measureHtml(html: string, openDepth = 0): HtmlShape {
  const shape: HtmlShape = { attributes: { count: 0, offset: 0 }, depth: { count: openDepth, offset: 0 }, endDepth: openDepth };
  let depth = openDepth;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    const closing = html[lt + 1] === '/';
    let j = lt + (closing ? 2 : 1);
    const nameStart = j;
    while (j < n && isNameChar(html[j]!)) j++;
    if (j === nameStart) {
      i = lt + 1;
      continue;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    // Inside the tag: count attributes (each run of non-space after a space), skip quoted values.
    let attributes = 0;
    let selfClosing = false;
    let afterSpace = false;
    while (j < n && html[j] !== '>') {
      const c = html[j]!;
      if (c === '"' || c === "'") {
        const end = html.indexOf(c, j + 1);
        j = end === -1 ? n : end + 1;
        afterSpace = false;
        continue;
      }
      if (isSpace(c)) afterSpace = true;
      else {
        if (afterSpace && c !== '/' && c !== '=') attributes++;
        afterSpace = false;
        selfClosing = c === '/' && html[j + 1] === '>';
      }
      j++;
    }
    i = j + 1;
    if (attributes > shape.attributes.count) shape.attributes = { count: attributes, offset: lt };
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !voidElements.has(name)) {
      depth++;
      if (depth > shape.depth.count) shape.depth = { count: depth, offset: lt };
    }
  }
  shape.endDepth = depth;
  return shape;
}
