/**
 * `npm run bench` must keep working as content and pages change: the baseline is a
 * separate plain-Astro project that builds the same recap files, so a new MDX component
 * or schema change can break it without any other test noticing. A tiny team is enough;
 * the figures themselves belong to the benchmark's output, not to a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAstroLock } from '../helpers/astro-lock.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm run bench', () => {
  it('builds a generated team with the wiki and the plain-Astro baseline, and ends with the ratio', () => {
    // Its own temporary folder, and no CI variable (Astro's CLI skips its compile cache under CI).
    const temp = mkdtempSync(path.join(os.tmpdir(), 'devrel-bench-'));
    const { CI: _ci, ...env } = process.env;
    // The bench builds the wiki: one Astro at a time (astro-lock.ts).
    const result = withAstroLock(() => spawnSync(process.execPath, ['scripts/bench.ts', '--n', '20', '--runs', '1'], { cwd: root, encoding: 'utf8', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', TMPDIR: temp } }));
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    // Neither side may warm its start-up with Node's compile cache (the wiki's build has none).
    expect(existsSync(path.join(temp, 'node-compile-cache'))).toBe(false);
    const lines = result.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^ours\/baseline = \d+\.\d\d$/);
    // Both sides built pages: the baseline one per recap of the generated team and the sample.
    const pages = (label: string) => Number(new RegExp(`^${label} +.* (\\d+) pages$`, 'm').exec(result.stdout)?.[1]);
    expect(pages('baseline')).toBeGreaterThanOrEqual(20);
    expect(pages('ours')).toBeGreaterThan(pages('baseline'));
  });
});
