/**
 * The content gate stops the build: a pull request with hostile or broken bodies
 * (tests/fixtures/hostile-bodies over good-content) fails `npm run build` with the same
 * lines `npm run check` prints, before Astro renders anything, and the site published
 * before stays exactly as it was.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { buildSite } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('a pull request with hostile or broken bodies', () => {
  it('fails the build with every problem check reports, and leaves the published site untouched', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-content-gate-'));
    const content = path.join(work, 'content');
    cpSync(path.join(root, 'tests/fixtures/good-content'), content, { recursive: true });
    cpSync(path.join(root, 'tests/fixtures/hostile-bodies'), content, { recursive: true });

    const published = buildSite({ contentDir: path.join(root, 'tests/fixtures/good-content'), outDir: path.join(work, 'dist') });
    expect(published.ok, published.output).toBe(true);
    const snapshot = (dir: string) => htmlOf(dir).map((file) => `${file}\n${readFileSync(path.join(dir, file), 'utf8')}`);
    const before = snapshot(published.outDir);

    const build = buildSite({ contentDir: content, outDir: published.outDir });
    expect(build.ok).toBe(false);
    const errors = checkContent(content, root).problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(40);
    // The build prints what check prints, line for line, for every error at once.
    for (const problem of errors) expect(build.output).toContain(formatProblem(problem));
    expect(build.output).toContain('the previous');
    // Nothing was rendered: the guard stopped the build before any page or MDX compiled.
    expect(build.output).not.toMatch(/MDXError|Could not parse expression|\[build\] .* page\(s\) built/);
    expect(snapshot(published.outDir)).toEqual(before);
    expect(existsSync(path.join(root, '.staging', `build-${build.pid}`))).toBe(false);
  });
});

function htmlOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}
