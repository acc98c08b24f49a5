/** What a build prints about content problems: every error, and warnings up to a point. */
import { describe, expect, it } from 'vitest';
import { buildLog, shownWarnings } from '../../src/integrations/content-guard.ts';
import type { Problem } from '../../src/lib/check/problem.ts';

const problem = (severity: Problem['severity'], n: number): Problem => ({ severity, file: `content/recaps/2026/2026-01-${String(n).padStart(2, '0')}-x.md`, line: 2, field: 'links', message: `problem ${n}` });

describe('the build log of content problems', () => {
  it('lists every error, even hundreds', () => {
    const log = buildLog(Array.from({ length: 300 }, (_, i) => problem('error', i)));
    expect(log).toHaveLength(300);
    expect(log.every((l) => l.level === 'error')).toBe(true);
  });

  it(`lists the first ${shownWarnings} warnings, then says how many more and where to see them`, () => {
    const log = buildLog([problem('error', 0), ...Array.from({ length: 3000 }, (_, i) => problem('warning', i))]);
    expect(log).toHaveLength(1 + shownWarnings + 1);
    expect(log[0]).toEqual({ level: 'error', text: 'content/recaps/2026/2026-01-00-x.md:2:1  links  problem 0' });
    expect(log.at(-1)).toEqual({ level: 'warn', text: `…and ${3000 - shownWarnings} more warnings: run \`npm run check\` to list them all.` });
  });

  it('says nothing more when every warning fits', () => {
    expect(buildLog([problem('warning', 1), problem('warning', 2)]).map((l) => l.text)).toEqual([
      'content/recaps/2026/2026-01-01-x.md:2:1  links  problem 1',
      'content/recaps/2026/2026-01-02-x.md:2:1  links  problem 2',
    ]);
  });
});
