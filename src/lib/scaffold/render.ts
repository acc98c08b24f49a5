/**
 * Writes a new entry's fields as YAML with the schema's explanation above each
 * field, so an advocate editing the file in the browser sees what every line means
 * without opening the code. Frontmatter goes through gray-matter with a YAML engine
 * built on the `yaml` package's Document API, the one that can carry comments.
 */
import matter from 'gray-matter';
import { Document, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { SchemaDocs } from './schema-docs.ts';

/** Wrap a comment to lines of at most `width` characters (yaml adds the `#`). */
function wrap(text: string, width = 88): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => ` ${l}`).join('\n');
}

function commentFor(docs: SchemaDocs, path: string, notes: Record<string, string>): string | undefined {
  const doc = docs.get(path);
  // One paragraph each: what the field means, an example, scaffold advice.
  const parts = [doc?.text, doc?.example && `Example: ${doc.example}`, notes[path]].filter((p): p is string => Boolean(p));
  return parts.length ? parts.map((p) => wrap(p)).join('\n') : undefined;
}

function annotate(node: Node | null | undefined, prefix: string, docs: SchemaDocs, notes: Record<string, string>): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const path = prefix ? `${prefix}.${String(pair.key.value)}` : String(pair.key.value);
      const comment = commentFor(docs, path, notes);
      if (comment) pair.key.commentBefore = comment;
      annotate(pair.value as Node, path, docs, notes);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) annotate(item as Node, prefix, docs, notes);
  }
}

/**
 * YAML text for `data`, keys in insertion order, each preceded by its schema comment.
 * `notes` adds scaffold-specific advice after the schema's text, by the same dotted path.
 * `header` is a comment for the top of the file.
 */
export function commentedYaml(data: Record<string, unknown>, docs: SchemaDocs, notes: Record<string, string> = {}, header?: string): string {
  const doc = new Document(data);
  annotate(doc.contents as Node, '', docs, notes);
  if (header) doc.commentBefore = wrap(header);
  return doc.toString({ lineWidth: 0 });
}

/** A Markdown/MDX file: commented frontmatter, then `body`. */
export function proseFile(data: Record<string, unknown>, body: string, docs: SchemaDocs, notes: Record<string, string> = {}, header?: string): string {
  const engine = {
    parse: (text: string) => text as unknown as object,
    // gray-matter copies `data` into a plain object before calling this, so comments
    // come from the closure, not from the value it passes.
    stringify: (plain: object) => commentedYaml(plain as Record<string, unknown>, docs, notes, header),
  };
  return matter.stringify(`\n${body}`, data, { engines: { yaml: engine } } as unknown as matter.GrayMatterOption<string, never>);
}
