/**
 * Turns the MDX parser's messages into sentences for authors. The parser (satteri,
 * the one the build uses) speaks JSX: "Unexpected character after `<`, expected a
 * valid JSX tag". An advocate who wrote "<5 people" needs to read "write &lt;5 or
 * 'fewer than 5'". The parser stops at the first error in a file, so each broken
 * `.mdx` file reports one syntax error; every file is still checked.
 */
import { mdxToMdast } from 'satteri';
import type { Verdict } from './html-policy.ts';

/** A body the parser refused, with the position in the body (1-based). */
export interface MdxSyntaxProblem extends Verdict {
  line: number;
  column: number;
}

/** HTML's void elements: they never have content, and MDX needs them written `<br />`. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Parse an MDX body; returns the tree, or the first syntax problem in author terms.
 * `bodyLine` (the file line the body starts on) turns lines named in messages into file lines.
 */
export function parseMdxBody(body: string, bodyLine = 1): { tree: unknown; problem?: undefined } | { tree?: undefined; problem: MdxSyntaxProblem } {
  try {
    return { tree: mdxToMdast(body) };
  } catch (error) {
    return { problem: explainMdxError(error instanceof Error ? error.message : String(error), body, bodyLine) };
  }
}

/** The parser's message ("3:1: Expected a closing tag for `<div>` (3:1) (mdx-jsx:…)") for people. */
export function explainMdxError(raw: string, body: string, bodyLine = 1): MdxSyntaxProblem {
  const at = /^(\d+):(\d+):\s*/.exec(raw);
  const line = at ? Number(at[1]) : 1;
  const column = at ? Number(at[2]) : 1;
  const text = raw.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
  const sourceLine = body.split(/\r?\n/)[line - 1] ?? '';
  const here = sourceLine.slice(column - 1);
  // The parser names other places by body line ("(3:1)"): say them as file lines.
  const fileText = text.replace(/\((\d+):(\d+)\)/g, (_, l: string, c: string) => `(${Number(l) + bodyLine - 1}:${c})`);
  return { line, column, ...explain(fileText, here) };
}

function explain(text: string, here: string): Verdict {
  let match: RegExpExecArray | null;

  // `<!-- … -->`: MDX has no HTML comments.
  if (here.startsWith('<!--') || /create a comment in MDX/.test(text)) {
    return { message: 'HTML comments (<!-- … -->) are not allowed in .mdx files', hint: 'write {/* your note */} instead, or delete it' };
  }

  // An element opened and never closed.
  if ((match = /Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/.exec(text))) {
    const tag = match[1]!;
    const opened = `line ${match[2]}`;
    if (voidElements.has(tag.toLowerCase())) {
      return { message: `<${tag}> needs to be written <${tag} /> in .mdx files`, hint: `change <${tag}> to <${tag} /> (MDX wants every tag closed, even ones that never have content)` };
    }
    if (tag === 'Internal') {
      return {
        message: '<Internal> is not closed: the build cannot read the file and the export could not tell where the internal part ends',
        hint: 'add </Internal> where the internal part ends. Within a sentence, open and close it in the same paragraph; around paragraphs or lists, put <Internal> and </Internal> on lines of their own',
      };
    }
    const inParagraph = /before the end of `paragraph`/.test(text);
    return {
      message: `<${tag}> opened on ${opened} is never closed`,
      hint: inParagraph
        ? `close it in the same paragraph with </${tag}>. To wrap several paragraphs, put <${tag}> and </${tag}> each on a line of their own, with a blank line between them and the text inside`
        : `add </${tag}> where it should end, on a line of its own`,
    };
  }

  // `</x>` with no `<x>`, or closing the wrong one.
  if ((match = /Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):\d+\)/.exec(text))) {
    return {
      message: `</${match[1]}> closes a tag, but the one still open is <${match[2]}> from line ${match[3]}`,
      hint: `close <${match[2]}> first with </${match[2]}>, or remove the stray </${match[1]}>`,
    };
  }
  if ((match = /Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(text))) {
    if (match[1] === 'Internal') return { message: '</Internal> closes a part that was never opened', hint: 'add <Internal> where the internal part starts, or remove the stray </Internal>' };
    return { message: `</${match[1]}> closes a tag that was never opened`, hint: `add <${match[1]}> where it starts, or remove the stray </${match[1]}>` };
  }

  // `<` not followed by a tag name: "<5 people", "a <= b", "<me@example.com>", "<https://…>".
  if (/Unexpected character after `<`|Unexpected character .* before name/.test(text)) {
    if (/^<https?:\/\//i.test(here)) {
      const url = /^<([^>\s]+)>/.exec(here)?.[1] ?? 'https://…';
      return { message: 'an address in angle brackets is read as a tag in .mdx files', hint: `write it as a link: [${url}](${url})` };
    }
    if (/^<[^\s<>@]+@[^\s<>]+>/.test(here)) {
      const mail = /^<([^>\s]+)>/.exec(here)?.[1] ?? 'name@example.com';
      return { message: 'an e-mail address in angle brackets is read as a tag in .mdx files', hint: `write it as a link: [${mail}](mailto:${mail})` };
    }
    if (/^<[A-Za-z]/.test(here)) {
      return { message: 'this tag cannot be read: an attribute is not written as name="value"', hint: 'put every attribute value in double quotes, like title="Before you start"' };
    }
    const what = (/^<\S{0,6}/.exec(here)?.[0] ?? '<').trim();
    return {
      message: `"${what}" starts a tag in .mdx files, but no tag follows`,
      hint: /^<\s*=?\s*\d/.test(here) || /^<\d/.test(here)
        ? `write &lt; instead of <, or words: "fewer than ${/\d+/.exec(here)?.[0] ?? '5'}"`
        : 'write &lt; instead of <, or rename the file to .md if it needs no components',
    };
  }

  // `{` opens a JavaScript expression.
  if (/expression|Unexpected end of file in expression|brace/i.test(text)) {
    return { message: '"{" starts a JavaScript expression in .mdx files, and content may not run code', hint: 'write \\{ for a literal brace (and \\} for the closing one), or rename the file to .md' };
  }

  // Anything else: the parser's own words, minus its positions.
  const clean = text.replace(/\s*\(\d+:\d+\)/g, '');
  return { message: `the text cannot be read as MDX: ${clean}`, hint: 'check the tags and braces on this line; or rename the file to .md if it needs no components' };
}
