/**
 * ```` ```mermaid ```` code blocks, drawn at build time into inline SVG: no browser at
 * build time, no JavaScript on the page, the labels real text (searchable, selectable,
 * translated by the reader's tools), coloured by the wiki's stylesheet so they read in
 * light and dark mode and in print.
 *
 * Two libraries, each for what it does best (see the README's "Diagrams"):
 * - beautiful-mermaid draws: pure TypeScript, lays out with ELK.js and measures text
 *   with its own tables, so it needs no DOM and no headless browser;
 * - Mermaid's own parser checks the syntax (mermaid-grammar.ts): beautiful-mermaid skips
 *   lines it does not understand, so a typo would silently lose an arrow, and only
 *   Mermaid's grammar accepts exactly what GitHub renders in the same pull request.
 * The types beautiful-mermaid draws are the ones the wiki accepts: flowcharts, sequence,
 * state, class and entity-relationship diagrams. Anything else is a check error naming
 * the supported types.
 */
import { renderMermaidSVG } from 'beautiful-mermaid';
import { parseMermaid } from './mermaid-grammar.ts';
import { createHash } from 'node:crypto';
import { htmlToHast } from 'satteri';
import type { Element, Root } from 'hast';
import { sanitizeSvg } from './svg-allowlist.ts';

/** The diagram types the wiki draws, by the keyword their first line starts with. */
export const diagramTypes = [
  { keyword: /^(flowchart|graph)(\s+(TB|TD|BT|LR|RL))?\s*;?$/i, name: 'flowchart' },
  { keyword: /^sequenceDiagram$/, name: 'sequence diagram' },
  { keyword: /^stateDiagram(-v2)?$/, name: 'state diagram' },
  { keyword: /^classDiagram$/, name: 'class diagram' },
  { keyword: /^erDiagram$/, name: 'entity-relationship diagram' },
] as const;

/** Large enough for any diagram a reader can follow; small enough that layout stays fast. */
export const diagramLimits = { maxCharacters: 20_000, maxLines: 400 } as const;

export interface DiagramProblem {
  /** 1-based line inside the code block. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

const supportedList = 'flowchart (graph TD / flowchart LR), sequenceDiagram, stateDiagram-v2, classDiagram, erDiagram';

/** The first line that is not blank or a %% comment, with its 1-based number. */
function header(source: string): { text: string; line: number } | undefined {
  const lines = source.split('\n');
  for (const [index, line] of lines.entries()) {
    const text = line.trim();
    if (text && !text.startsWith('%%')) return { text, line: index + 1 };
  }
  return undefined;
}

/** Problems found without parsing: size, and a type the wiki draws. */
function shapeProblems(source: string): DiagramProblem[] {
  if (source.length > diagramLimits.maxCharacters || source.split('\n').length > diagramLimits.maxLines) {
    return [{ line: 1, column: 1, message: `the diagram is longer than ${diagramLimits.maxLines} lines or ${diagramLimits.maxCharacters.toLocaleString('en')} characters, too large to lay out and to read`, hint: 'split it into smaller diagrams' }];
  }
  const first = header(source);
  if (!first) return [{ line: 1, column: 1, message: 'the mermaid block is empty', hint: 'write the diagram, starting with its type, like "flowchart LR", or remove the block' }];
  if (!diagramTypes.some((type) => type.keyword.test(first.text))) {
    const word = first.text.split(/\s+/)[0]!.slice(0, 40);
    return [{ line: first.line, column: 1, message: `"${word}" diagrams are not drawn by the wiki`, hint: `use one of ${supportedList}; to show the text as it is, write \`\`\`text instead of \`\`\`mermaid` }];
  }
  return [];
}

/** Every problem of one diagram's source; none when it will be drawn. */
export function checkDiagram(source: string): DiagramProblem[] {
  const shape = shapeProblems(source);
  if (shape.length) return shape;
  const first = header(source)!;
  const verdict = parseMermaid(source);
  if (verdict.ok) return [];
  const lines = source.split('\n');
  // An unclosed bracket is found at the end of the text: point at the last line written.
  const lastWritten = lines.findLastIndex((text) => text.trim() !== '') + 1;
  const line = Math.min(Math.max(verdict.line ?? first.line, 1), Math.max(lastWritten, 1));
  // Mermaid's message is "Parse error on line N:", an excerpt with a caret, then "Expecting …, got …".
  const reason = (verdict.message ?? '').split('\n').map((part) => part.trim()).filter(Boolean).at(-1) ?? 'it cannot be read';
  return [{
    line,
    column: 1,
    message: `the diagram does not parse: ${oneLine(reason)}`,
    hint: `check line ${line} of the diagram ("${oneLine(lines[line - 1] ?? '').slice(0, 60)}") against https://mermaid.js.org/intro/syntax-reference.html`,
  }];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 240);

/** The diagram as an inert SVG element (hast), or undefined when it cannot be drawn (the check has said why). */
export function renderDiagram(source: string): Element | undefined {
  // The content gate has parsed it with Mermaid's grammar; here only what keeps layout safe.
  if (shapeProblems(source).length) return undefined;
  let svg: string;
  try {
    svg = renderMermaidSVG(source, { bg: 'var(--diagram-bg)', fg: 'var(--diagram-fg)', transparent: true });
  } catch {
    return undefined;
  }
  const tree = htmlToHast(svg, { fragment: true }) as unknown as Root;
  const root = tree.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
  if (!root) return undefined;
  const idPrefix = `diagram-${createHash('sha256').update(source).digest('hex').slice(0, 8)}`;
  return sanitizeSvg(root, { idPrefix });
}
