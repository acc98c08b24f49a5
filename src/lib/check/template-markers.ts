/**
 * Content `npm run init` wrote as a template to fill in carries a marker line, and
 * `npm run check` warns about each marker, naming the file and line, until the team
 * rewrites the part and deletes the line. A marker is a comment, so readers never see
 * it, in the comment syntax of its file:
 *
 *   # template: write your team's own tagline            (YAML)
 *   <!-- template: rewrite this chapter for your team -->  (.md)
 *   {/* template: rewrite this chapter for your team *\/}   (.mdx)
 *
 * The words after `template:` say what is left to do; the warning repeats them.
 */
import type { Problem } from './problem.ts';

/** The marker's comment opening and `template:`, at the start of a line (no backtracking). */
const marker = /^[ \t]*(?:#|<!--|\{\/\*)[ \t]*template:/;

/** The instruction after `template:`, without the comment's closing. */
function instruction(rest: string): string {
  let todo = rest.trim();
  for (const end of ['-->', '*/}']) if (todo.endsWith(end)) todo = todo.slice(0, -end.length).trim();
  return todo;
}

/** One warning per marker line in a content file's text. */
export function templateMarkers(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, index) => {
    const found = marker.exec(line);
    if (!found) return;
    const todo = instruction(line.slice(found[0].length));
    problems.push({
      severity: 'warning',
      file,
      line: index + 1,
      message: `still the starter's template from npm run init${todo ? `: ${todo}` : ''}`,
      hint: 'rewrite it for your team, then delete this template: line',
    });
  });
  return problems;
}

/**
 * A comment line for a file of `kind`, as the starter writes its notes. The text is one
 * line, and cannot close the comment early (a team named "A *\/} B" stays inside it).
 */
export function commentLine(kind: 'yaml' | 'md' | 'mdx', text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (kind === 'yaml') return `# ${flat}`;
  return kind === 'md' ? `<!-- ${flat.replaceAll('--', '- -')} -->` : `{/* ${flat.replaceAll('*/', '* /')} */}`;
}

/** The marker line for a file of `kind`: what is left to do, for `npm run check` to repeat. */
export function templateMarker(kind: 'yaml' | 'md' | 'mdx', todo: string): string {
  return commentLine(kind, `template: ${todo}`);
}
