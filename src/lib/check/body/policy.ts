/**
 * The vocabulary of the content policy, in one place: what in an MDX body is code (an
 * `import`/`export`, an expression, an expression attribute, a component outside the
 * registry), which JSX names are HTML and which are components, and the sentence each
 * refusal is written in. `npm run check` (check-body.ts) reports these verdicts at their
 * lines; the build's pipeline (content-policy-plugin.ts) stops the compile with the same
 * sentence. Neither decides anything of its own, so they cannot disagree on what is code
 * (tests/unit/policy-agreement.test.ts runs one set of cases through both).
 */
import type { Verdict } from './html-policy.ts';

/**
 * How MDX compiles a JSX name: a plain lowercase name (`div`, `my-widget`) is an HTML
 * element; anything else (`Callout`, `_x`, `props.a`, `svg:rect`, `Ünknown`) is a
 * reference to code in scope, which only the registry's components may be. No name is a
 * fragment, `<>…</>`, which compiles to nothing but its children.
 */
export function jsxKind(name: string | null | undefined): 'fragment' | 'html' | 'component' {
  if (!name) return 'fragment';
  return /^[a-z]/.test(name) && !name.includes('.') && !name.includes(':') ? 'html' : 'component';
}

/** `{/* a note *\/}` compiles to nothing: the one MDX expression content may hold. */
export function isCommentOnly(expression: string): boolean {
  return expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

/** An expression as quoted in a message: one line, at most 40 characters. */
export function shortenCode(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** The first `import` or `export` keyword of an ESM block, or undefined. */
export const esmKeyword = (line: string): 'import' | 'export' | undefined => /^\s*(import|export)\b/.exec(line)?.[1] as 'import' | 'export' | undefined;

/** The refusals of code, each worded once. */
export const codeVerdicts = {
  esm(keyword: 'import' | 'export', components: string): Verdict {
    return keyword === 'import'
      ? { message: '"import" lines are not allowed: content may not load code', hint: `remove the line. The components content can use (${components}) need no import` }
      : { message: '"export" lines are not allowed: content may not define code', hint: 'remove the line; values belong in the frontmatter between the --- lines' };
  },
  expression(value: string): Verdict {
    return { message: `{${shortenCode(value)}} is a JavaScript expression, and content may not run code`, hint: 'write the value itself; for a literal brace write \\{ and \\}; for a note to other authors write {/* … */}' };
  },
  spreadAttribute(value: string, element: string): Verdict {
    return { message: `{${shortenCode(value)}} in <${element}> is a JavaScript expression, and content may not run code`, hint: 'write each attribute as name="value"' };
  },
  expressionAttribute(attribute: string, element: string): Verdict {
    return { message: `${attribute}={…} on <${element}> is a JavaScript expression, and content may not run code`, hint: `write the value in quotes: ${attribute}="…"` };
  },
  unknownComponent(name: string, hint: string): Verdict {
    return { message: `<${name}> is not a component the wiki provides`, hint };
  },
  layout(): Verdict {
    return { message: '"layout" in the frontmatter would load a code module', hint: 'remove the layout line: every page gets the wiki\'s own layout' };
  },
};
