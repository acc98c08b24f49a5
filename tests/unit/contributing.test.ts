/**
 * CONTRIBUTING.md (also the wiki's "How to edit this wiki" page) quotes the checker's
 * messages and the commands' flags. These tests fail when the code changes wording or
 * a flag and the guide is left behind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scaffoldTypes } from '../../src/lib/scaffold/types.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(path.join(root, 'CONTRIBUTING.md'), 'utf8');
const source = ['src/lib', 'src/schemas', 'src/i18n']
  .flatMap((dir) => (readdirSync(path.join(root, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, dir, f)))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('CONTRIBUTING.md', () => {
  it('quotes only messages the checker really prints', () => {
    const start = guide.indexOf('### Common messages');
    const table = guide.slice(start, guide.indexOf('\n## ', start));
    const quoted = [...table.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThan(10);
    for (const message of quoted) {
      // The longest stretch of fixed wording between values that vary ("…", quoted ids, numbers).
      const fixed = message.split(/"[^"]*"|…|\d+/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0]!;
      expect(fixed.length, message).toBeGreaterThan(6);
      expect(source, message).toContain(fixed);
    }
  });

  it('lists every type npm run new can create, with its required flags', () => {
    for (const type of scaffoldTypes) {
      const row = guide.split('\n').find((line) => line.includes(`| \`${type.name}\``));
      expect(row, type.name).toBeDefined();
      for (const q of type.questions.filter((q) => q.required && !q.fallback)) expect(row, type.name).toContain(`--${q.flag}`);
    }
  });
});
