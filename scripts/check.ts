/**
 * `npm run check`: validates all content without building the site, with the same
 * schemas and integrity rules as the build. Prints `path:line:column  field  message  (hint)`
 * per problem, a summary, and exits non-zero on errors (on warnings too with --strict).
 * Under GitHub Actions it also prints `::error` annotations so problems show inline on the PR.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatProblem, summarize } from '../src/lib/check/problem.ts';
import { toAnnotation } from '../src/lib/check/annotations.ts';
import { contentDir } from '../src/lib/paths.ts';
import { checkCodeowners } from '../src/lib/codeowners.ts';
import { checkMetricSecrets } from '../src/lib/check/metric-secrets.ts';

const strict = process.argv.includes('--strict');
const started = performance.now();
const report = checkContent(contentDir);
// CODEOWNERS is a repository file, not content: checked here, not by the build, and
// only for the repository's own content/ (not a fixture or generated folder checked
// with WIKI_CONTENT_DIR, whose owners the repository's file is not about).
const root = process.cwd();
const isRepositoryContent = contentDir === path.join(root, 'content') && existsSync(path.join(root, '.git'));
if (isRepositoryContent && !report.problems.some((p) => p.severity === 'error')) report.problems.push(...checkCodeowners(report, root));
// The metric secrets policy is a repository file too; the pull reads it from here whatever the content folder.
report.problems.push(...checkMetricSecrets(report.entries, root));
const ms = Math.round(performance.now() - started);

for (const problem of report.problems) {
  console.log(`${problem.severity === 'error' ? 'error  ' : 'warning'}  ${formatProblem(problem)}`);
  if (process.env.GITHUB_ACTIONS) console.log(toAnnotation(problem));
}
const failed = report.problems.some((p) => p.severity === 'error' || strict);
console.log(`${report.problems.length ? '' : '✓ '}${report.fileCount} files checked in ${ms} ms: ${summarize(report.problems)}`);
process.exitCode = failed ? 1 : 0;
