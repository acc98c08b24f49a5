/**
 * For commands that work from content (`npm run digest`, `npm run codeowners`): the
 * checked content, or every error printed and the command stopped, so no command
 * ever acts on content the build would refuse.
 */
import { checkContent, type ContentReport } from '../../src/lib/check/check-content.ts';
import { formatProblem, summarize } from '../../src/lib/check/problem.ts';
import { contentDir } from '../../src/lib/paths.ts';

/** @param refusal what the command did not do, and why, e.g. "The digest is built from checked content only" */
export function checkedContentOrExit(refusal: string, displayRoot = process.cwd()): ContentReport {
  const report = checkContent(contentDir, displayRoot);
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (!errors.length) return report;
  for (const problem of errors) console.error(`error  ${formatProblem(problem)}`);
  console.error(`\n${refusal}: ${summarize(report.problems)}. Fix the errors above (npm run check lists them too) and run it again.`);
  process.exit(1);
}
