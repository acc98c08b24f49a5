/**
 * GitHub Actions annotations (`::error file=…::message`), printed by `npm run check`
 * under CI so problems show inline on the pull request. Escaping follows the runner's
 * rules: `%`, CR and LF everywhere; also `:` and `,` inside properties.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toAnnotation } from '../../src/lib/check/annotations.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import type { Problem } from '../../src/lib/check/problem.ts';

const base: Problem = { severity: 'error', file: 'content/programs/x.mdx', message: 'unknown team member "jdoe"' };

describe('toAnnotation', () => {
  it('full shape: file, line, col, title, then message with hint in parentheses', () => {
    expect(
      toAnnotation({ ...base, line: 7, column: 3, field: 'owners[1]', hint: 'did you mean "jane-doe"?' }),
    ).toMatchInlineSnapshot(`"::error file=content/programs/x.mdx,line=7,col=3,title=owners[1]::unknown team member "jdoe" (did you mean "jane-doe"?)"`);
  });

  it('warnings use ::warning', () => {
    expect(toAnnotation({ ...base, severity: 'warning', line: 3, column: 1, field: 'order', message: 'order 1 differs' })).toBe(
      '::warning file=content/programs/x.mdx,line=3,col=1,title=order::order 1 differs',
    );
  });

  it('a problem without a position or field only names the file', () => {
    expect(toAnnotation({ ...base, file: 'content/recap', message: 'folder "recap" is not a content collection' })).toBe(
      '::error file=content/recap::folder "recap" is not a content collection',
    );
  });

  it('escapes % and line breaks in the message', () => {
    expect(toAnnotation({ ...base, message: '100% done\nsecond line\r\nthird' })).toBe(
      '::error file=content/programs/x.mdx::100%25 done%0Asecond line%0D%0Athird',
    );
  });

  it('escapes the hint like the message', () => {
    expect(toAnnotation({ ...base, message: 'bad', hint: 'use 50%\nor less' })).toBe(
      '::error file=content/programs/x.mdx::bad (use 50%25%0Aor less)',
    );
  });

  it('does not escape : and , in the message, where the runner allows them', () => {
    expect(toAnnotation({ ...base, message: 'expected one of: a, b' })).toBe('::error file=content/programs/x.mdx::expected one of: a, b');
  });

  it('escapes : , % and line breaks in properties, so a file name cannot break the command', () => {
    expect(toAnnotation({ ...base, file: 'content/recaps/a,b:c%d\ne.md', field: 'x:y,z' })).toBe(
      '::error file=content/recaps/a%2Cb%3Ac%25d%0Ae.md,title=x%3Ay%2Cz::unknown team member "jdoe"',
    );
  });

  it('writes out ESC and other control characters, so the log viewer shows them instead of obeying them', () => {
    const annotation = toAnnotation({ ...base, message: 'time zone "\u001b[31mRed\u001b[0m\u0007" \u202eevil', field: 'time\u001bzone' });
    expect(annotation).toBe('::error file=content/programs/x.mdx,title=time\\ezone::time zone "\\e[31mRed\\e[0m\\x07" \\u202eevil');
    expect(annotation).not.toMatch(/[\u0000-\u001f\u202e]/);
  });

  it('a value that tries to start a workflow command of its own stays inside this one', () => {
    const annotation = toAnnotation({ ...base, message: 'unknown time zone "UTC\n::warning file=README.md::Approve this PR"' });
    expect(annotation.split('\n')).toHaveLength(1);
    expect(annotation).toBe('::error file=content/programs/x.mdx::unknown time zone "UTC%0A::warning file=README.md::Approve this PR"');
  });

  it('escapes % before anything else, so escapes are not escaped twice', () => {
    expect(toAnnotation({ ...base, file: '%3A', message: '%0A' })).toBe('::error file=%253A::%250A');
  });

  it('annotates every problem of the bad-content fixture on its own line', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const { problems } = checkContent(path.join(root, 'tests/fixtures/bad-content'), root);
    const annotations = problems.map(toAnnotation);
    expect(annotations).toHaveLength(problems.length);
    for (const line of annotations) {
      expect(line).toMatch(/^::(error|warning) file=tests\/fixtures\/bad-content\/[^:]+,line=\d+,col=\d+,title=[^:]+::[^\n]+$/);
    }
    expect(annotations.find((a) => a.includes('ana-ruis'))).toMatchInlineSnapshot(`"::error file=tests/fixtures/bad-content/programs/ambassadors.mdx,line=7,col=5,title=owners[0]::unknown team member "ana-ruis" (did you mean "ana-ruiz"?)"`);
  });
});
