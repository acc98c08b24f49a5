/**
 * Checks every content file before Astro loads any of them. Astro's own validation
 * stops at the first bad file and reports it at `:0:0`; this prints every problem with
 * its line and a fix, then fails the build. In `astro dev` it only warns, so the server
 * keeps running while the author fixes things.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check/check-content.ts';
import { formatProblem, summarize } from '../lib/check/problem.ts';
import { contentDir } from '../lib/paths.ts';

export class ContentError extends Error {
  readonly lines: string[];
  constructor(lines: string[], summary: string) {
    super(`Content has problems: ${summary}.\n${lines.join('\n')}\nFix them (run \`npm run check\` for this list) and build again.`);
    this.lines = lines;
    this.name = 'ContentError';
  }
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'devrel-wiki:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const { problems } = checkContent(contentDir);
        const errors = problems.filter((p) => p.severity === 'error');
        for (const problem of problems) {
          const line = formatProblem(problem);
          if (problem.severity === 'error') logger.error(line);
          else logger.warn(line);
        }
        if (errors.length && command === 'build') {
          throw new ContentError(errors.map(formatProblem), summarize(problems));
        }
      },
    },
  };
}
