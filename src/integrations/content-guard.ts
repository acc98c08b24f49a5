/**
 * Checks every content file before Astro loads any of them. Astro's own validation
 * stops at the first bad file and reports it at `:0:0`; this prints every problem with
 * its line and a fix, then fails the build. In `astro dev` it only logs, so the server
 * keeps running while the author fixes things; pages show the errors meanwhile
 * (dev-preview.ts).
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check/check-content.ts';
import { takeEarlyCheck, type EarlyCheck } from '../lib/check/early-check.ts';
import { leftOutLine, leftOutOfPublicSite } from '../lib/publication.ts';
import { formatProblem, summarize, type Problem } from '../lib/check/problem.ts';
import { contentDir } from '../lib/paths.ts';

export class ContentError extends Error {
  readonly lines: string[];
  constructor(lines: string[], summary: string) {
    super(`Content has problems: ${summary}.\n${lines.join('\n')}\nFix them (run \`npm run check\` for this list) and build again.`);
    this.lines = lines;
    this.name = 'ContentError';
  }
}

/** How many warnings a build prints before pointing to `npm run check` for the rest. */
export const shownWarnings = 20;

/**
 * What the build prints for the content's problems. Errors are all listed (each must be
 * fixed); warnings are advice, and a wiki of thousands of pages can have hundreds, so
 * the first few, then where to see the rest.
 */
export function buildLog(problems: readonly Problem[]): { level: 'error' | 'warn'; text: string }[] {
  const warnings = problems.filter((p) => p.severity === 'warning');
  return [
    ...problems.filter((p) => p.severity === 'error').map((p) => ({ level: 'error' as const, text: formatProblem(p) })),
    ...warnings.slice(0, shownWarnings).map((p) => ({ level: 'warn' as const, text: formatProblem(p) })),
    ...(warnings.length > shownWarnings ? [{ level: 'warn' as const, text: `…and ${warnings.length - shownWarnings} more warnings: run \`npm run check\` to list them all.` }] : []),
  ];
}

function checkNow(): EarlyCheck {
  const report = checkContent(contentDir);
  return { problems: report.problems, leftOut: leftOutOfPublicSite(report.entries, report.site) };
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'devrel-wiki:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'preview') return;
        const { problems, leftOut } = (await takeEarlyCheck(contentDir)) ?? checkNow();
        const errors = problems.filter((p) => p.severity === 'error');
        for (const { level, text } of buildLog(problems)) logger[level](text);
        // Warn-level, so it shows in quiet builds too: a public build holding material back is news.
        if (leftOut && !errors.length) logger.warn(leftOutLine(leftOut));
        if (errors.length && command === 'build') {
          throw new ContentError(errors.map(formatProblem), summarize(problems));
        }
      },
    },
  };
}
