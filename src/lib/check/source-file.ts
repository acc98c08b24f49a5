/**
 * Reads one content file into data plus a map from key paths back to source lines.
 * Astro's own loaders report schema errors at `:0:0`; keeping the YAML document
 * (from the `yaml` package, which records node ranges) is what lets every problem
 * point at the exact line of the offending key.
 *
 * Building that document is slow (about 1 ms a file: seconds for a wiki of thousands of
 * recaps, on every build), and line numbers are only needed when there is a problem.
 * So valid YAML is read with js-yaml (the parser Astro itself reads frontmatter with,
 * several times faster), and the `yaml` document is built only when a problem must be
 * located, or when js-yaml refuses the text, to report `yaml`'s precise syntax errors.
 */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { firstLongLine, maxLineLength, maxYamlDepth, maxYamlValues, yamlFlowTooDeep, yamlSizeProblem } from './limits.ts';

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
  // Before any parser sees it: every parser (and the checks after them) costs more on a long line.
  const long = firstLongLine(source);
  if (long) {
    return unreadable({
      line: long.line,
      column: maxLineLength + 1,
      message: `line ${long.line} is ${long.length.toLocaleString('en-US')} characters long, over the ${maxLineLength.toLocaleString('en-US')} the wiki reads`,
      hint: 'break it into shorter lines (Markdown joins the lines of a paragraph), or move long data into a file of its own',
    }, '');
  }
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

  if (yamlFlowTooDeep(yamlText)) return unreadable({ line: 1 + lineOffset, column: 1, ...yamlSizeMessage('too deep') }, body, bodyLine);
  const fast = readFast(yamlText);
  const tooBig = fast.ok ? yamlSizeProblem(fast.data) : undefined;
  if (tooBig) return unreadable({ line: 1 + lineOffset, column: 1, ...yamlSizeMessage(tooBig) }, body, bodyLine);
  if (fast.ok) {
    let doc: { doc: Document; lineCounter: LineCounter } | undefined;
    return {
      data: fast.data ?? {},
      body,
      bodyLine,
      locate: (path) => {
        doc ??= readDocument(yamlText);
        return toPosition(doc.lineCounter, offsetOf(doc.doc, path), lineOffset);
      },
      syntaxErrors: [],
    };
  }

  let read: { doc: Document; lineCounter: LineCounter; data: unknown };
  try {
    const { doc, lineCounter } = readDocument(yamlText);
    // maxAliasCount: `yaml` refuses an alias bomb itself; deep nesting can exhaust the stack.
    read = { doc, lineCounter, data: doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return unreadable({ line: 1 + lineOffset, column: 1, ...yamlSizeMessage('too deep') }, body, bodyLine);
  }
  const { doc, lineCounter } = read;
  const tooBigSlow = yamlSizeProblem(read.data);
  if (tooBigSlow) return unreadable({ line: 1 + lineOffset, column: 1, ...yamlSizeMessage(tooBigSlow) }, body, bodyLine);
  const syntaxErrors = doc.errors.map((error) => ({
    ...toPosition(lineCounter, error.pos[0], lineOffset),
    message: `YAML cannot be read: ${error.message.split('\n')[0]}`,
    hint: yamlHint(error.code),
  }));
  return {
    data: syntaxErrors.length ? undefined : (read.data ?? {}),
    body,
    bodyLine,
    locate: (path) => toPosition(lineCounter, offsetOf(doc, path), lineOffset),
    syntaxErrors,
  };
}

/** A file no parser may read further: one syntax error, no data. */
function unreadable(error: SourceFile['syntaxErrors'][number], body: string, bodyLine = 1): SourceFile {
  return { data: undefined, body, bodyLine, locate: () => ({ line: error.line, column: 1 }), syntaxErrors: [error] };
}

function yamlSizeMessage(problem: 'too many values' | 'too deep'): { message: string; hint: string } {
  return problem === 'too many values'
    ? {
        message: `the YAML holds more than ${maxYamlValues.toLocaleString('en-US')} values once its aliases (*name) are expanded`,
        hint: 'write the values out instead of repeating anchors (&name) with aliases (*name); a content file needs far fewer',
      }
    : { message: `the YAML is nested more than ${maxYamlDepth} levels deep`, hint: 'flatten it: fields nest a few levels at most' };
}

/**
 * js-yaml with the YAML 1.2 core schema, like `yaml`'s default: dates stay strings for
 * the schemas to read, duplicate keys are refused.
 */
function readFast(text: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: loadYaml(text, { schema: CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}

function readDocument(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

function toPosition(lineCounter: LineCounter, offset: number, lineOffset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line: line + lineOffset, column: col };
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
