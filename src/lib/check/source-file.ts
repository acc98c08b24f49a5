/**
 * Reads one content file into data plus a map from key paths back to source lines.
 * Astro's own loaders report schema errors at `:0:0`; keeping the YAML document
 * (from the `yaml` package, which records node ranges) is what lets every problem
 * point at the exact line of the offending key.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface SourceFile {
  /** Parsed YAML data (frontmatter for prose files), or undefined when unparseable. */
  data: unknown;
  /** Markdown body after the frontmatter; empty for data files. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** Line/column of a key path, or of its nearest existing ancestor. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** Syntax problems: unparseable YAML, missing frontmatter. */
  syntaxErrors: Array<{ line: number; column: number; message: string; hint?: string }>;
}

const frontmatterPattern = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Parse a prose (`md`/`mdx`, YAML frontmatter) or data (`yaml`) file. */
export function readSourceFile(text: string, kind: 'prose' | 'data'): SourceFile {
  const source = text.replace(/^\uFEFF/, '');
  let yamlText = source;
  let lineOffset = 0;
  let body = '';
  let bodyLine = 1;

  if (kind === 'prose') {
    const match = source.startsWith('---') ? frontmatterPattern.exec(source) : null;
    if (!match || match.index !== 0) {
      return {
        data: undefined,
        body: source,
        bodyLine: 1,
        locate: () => ({ line: 1, column: 1 }),
        syntaxErrors: [
          {
            line: 1,
            column: 1,
            message: 'no frontmatter found',
            hint: 'start the file with a line "---", the fields, then another "---" line before the text',
          },
        ],
      };
    }
    yamlText = match[1] ?? '';
    lineOffset = 1; // the opening --- line
    body = source.slice(match[0].length);
    bodyLine = source.slice(0, match[0].length).split('\n').length;
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const syntaxErrors = doc.errors.map((error) => ({
    ...position(error.pos[0]),
    message: `YAML cannot be read: ${error.message.split('\n')[0]}`,
    hint: yamlHint(error.code),
  }));
  return {
    data: syntaxErrors.length ? undefined : (doc.toJS() ?? {}),
    body,
    bodyLine,
    locate: (path) => position(offsetOf(doc, path)),
    syntaxErrors,
  };
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a field is written twice: keep one';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: nested fields use two spaces more than their parent';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a value containing ": " must be quoted, like title: "Recap: KubeCon"';
    default:
      return 'check quoting and indentation near this line';
  }
}

/** Source offset of the deepest node on `path`; a map key's own position when the path ends on a key. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
