/**
 * `npm run bench:check [-- --n 3000 --runs 5]`: times `npm run check` (every file's
 * frontmatter, references and body) on a generated team of N recaps, as a CI job or an
 * author runs it: a fresh Node process each time. Prints each run's wall time and the
 * check's own figure, then the median.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateTeam } from './bench/generate-team.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '3000' }, runs: { type: 'string', default: '5' } } });
const n = Number(values.n);
const runs = Number(values.runs);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(runs) || runs < 1) throw new Error('--n and --runs take whole numbers ≥ 1');

const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-bench-check-'));
const contentDir = path.join(work, 'content');
try {
  const team = generateTeam(contentDir, path.resolve('content'), n);
  console.log(`Generated ${team.recaps} recaps, ${team.programs} programs, ${team.people} people, ${team.updates} updates, ${team.metrics} metrics`);
  const walls: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8', env: { ...process.env, WIKI_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1795564800' } });
    const wall = (performance.now() - started) / 1000;
    const summary = result.stdout.trim().split('\n').at(-1) ?? '';
    // The generated team is valid: an error here means the check (or the generator) broke.
    if (!/: 0 errors/.test(summary)) throw new Error(`check found errors in the generated team:\n${result.stdout.slice(-3000)}\n${result.stderr}`);
    walls.push(wall);
    console.log(`run ${run}: ${wall.toFixed(2)} s wall  (${summary.replace(/^✓ /, '')})`);
  }
  const sorted = [...walls].sort((a, b) => a - b);
  console.log(`check, ${n} recaps: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} s wall (min ${sorted[0]!.toFixed(2)}, max ${sorted.at(-1)!.toFixed(2)}) over ${runs} runs`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
