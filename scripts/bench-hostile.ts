/**
 * `npm run bench:hostile`: times `npm run check` on content built to hang or crash it
 * (scripts/bench/hostile-cases.ts), each case in a fresh copy of a small valid wiki and a
 * fresh process, as a pull request's CI would run it. Prints each case's wall time, exit
 * code and first error; a case that takes more than 2 s, exits without an error or
 * prints a stack trace is marked, and the command then exits 1.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hostileCases, writeHostileCase } from './bench/hostile-cases.ts';

const base = path.resolve('tests/fixtures/good-content');
const budgetSeconds = 2;
let failed = 0;

for (const hostile of hostileCases) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-hostile-'));
  try {
    const contentDir = path.join(work, 'content');
    cpSync(base, contentDir, { recursive: true });
    writeHostileCase(contentDir, hostile);
    const started = performance.now();
    const result = spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, WIKI_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1795564800' } });
    const seconds = (performance.now() - started) / 1000;
    const output = `${result.stdout}\n${result.stderr}`;
    const firstError = output.split('\n').find((line) => line.includes(hostile.file.split('/').pop()!) && line.startsWith('error')) ?? '';
    const crashed = /RangeError|at .*\(file:|Maximum call stack/.test(output) || result.signal !== null;
    const ok = !crashed && result.status === 1 && hostile.expect.test(output) && seconds <= budgetSeconds;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'}  ${seconds.toFixed(2).padStart(6)} s  exit ${result.status ?? result.signal}  ${hostile.name}`);
    console.log(`        ${firstError.replace(/^error\s+\S+\s+/, '').slice(0, 160)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
console.log(failed ? `${failed} of ${hostileCases.length} cases failed (over ${budgetSeconds} s, a crash, or no clear error)` : `all ${hostileCases.length} cases refused with a clear error in under ${budgetSeconds} s each`);
process.exitCode = failed ? 1 : 0;
