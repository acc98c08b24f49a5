/**
 * GitHub Actions workflow commands, so `npm run check` problems appear inline on the
 * pull request's changed lines. Values are escaped as the runner expects.
 */
import type { Problem } from './problem.ts';
import { terminalText } from '../output/terminal.ts';

/**
 * GitHub's escaping for a command's message and its properties (actions/toolkit,
 * `escapeData`/`escapeProperty`). Control characters are written out first (terminal.ts):
 * the runner prints the message into the log, where an escape sequence would act.
 */
const escapeData = (s: string) => terminalText(s, 1000, { keepLineBreaks: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
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
