/**
 * GitHub Actions workflow commands, so `npm run check` problems appear inline on the
 * pull request's changed lines. Values are escaped as the runner expects.
 */
import type { Problem } from './problem.ts';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=content/x.mdx,line=7,col=3,title=owners[1]::unknown team member "jdoe" (did you mean …)` */
export function toAnnotation(problem: Problem): string {
  const props = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) props.push(`line=${problem.line}`);
  if (problem.column) props.push(`col=${problem.column}`);
  if (problem.field) props.push(`title=${escapeProperty(problem.field)}`);
  const text = problem.hint ? `${problem.message} (${problem.hint})` : problem.message;
  return `::${problem.severity} ${props.join(',')}::${escapeData(text)}`;
}
