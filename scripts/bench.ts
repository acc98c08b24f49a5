/**
 * `npm run bench [-- --n 3000 --runs 3]`: builds a generated team of N recaps with the
 * wiki and with a minimal plain-Astro baseline (plus Pagefind) on the same recap files,
 * alternating runs, and prints wall time, pages per second, peak memory and output size
 * for each, then the median ratio ours/baseline on the last line. `--profile` adds one
 * more build of ours under V8's profiler and prints where its main thread spent the time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { profileTable } from './bench/cpu-profile.ts';
import { generateTeam } from './bench/generate-team.ts';
import { outputSize } from './bench/output-size.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '3000' }, runs: { type: 'string', default: '3' }, keep: { type: 'boolean', default: false }, profile: { type: 'boolean', default: false } } });
const n = Number(values.n);
const runs = Number(values.runs);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(runs) || runs < 1) throw new Error('--n and --runs take whole numbers ≥ 1');

const root = process.cwd();
const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-bench-'));
const contentDir = path.join(work, 'content');

// Every build's output stays in the work folder until the end. Deleting one right after
// measuring it made the next build slower: on this machine's ext4 (no journal), a new
// file skips inodes freed in the last minute, and creating 6,000 files right after
// deleting 24,000 took 1.66 s of kernel time instead of 0.38 s. The penalty fell on
// whichever build came next, not on the one measured.
//
// Every build is cold: content caches are new each time, and neither side uses Node's
// compile cache (see scripts/build.ts for why the wiki doesn't). Astro's CLI, which the
// baseline runs, turns one on by itself unless CI is set, into the system's temporary
// folder: it warmed the baseline's start-up by about 0.1 s and gained some 2,000 files a
// run that it never read again (832 MB here after a day), so the bench switches it off.
interface Measure { seconds: number; peakMb: number; outputMb: number; pages: number }

/** Runs a command under GNU time for wall seconds and peak resident memory. */
function timed(args: string[], env: Record<string, string>): { seconds: number; peakKb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_DISABLE_COMPILE_CACHE: '1', ...env },
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const [seconds, peakKb] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number];
  return { seconds, peakKb };
}

function buildOurs(run: number | string, nodeFlags: string[] = []): Measure {
  const outDir = path.join(work, `ours-${run}`);
  const t = timed([process.execPath, ...nodeFlags, 'scripts/build.ts'], {
    WIKI_CONTENT_DIR: contentDir, WIKI_OUT_DIR: outDir, WIKI_CACHE_DIR: path.join(work, `ours-cache-${run}`), WIKI_LOG_LEVEL: 'error', SOURCE_DATE_EPOCH: '1795564800',
  });
  const size = outputSize(outDir);
  return { seconds: t.seconds, peakMb: t.peakKb / 1024, outputMb: size.bytes / 1e6, pages: size.pages };
}

function buildBaseline(run: number): Measure {
  const outDir = path.join(work, `baseline-${run}`);
  const env = { BENCH_CONTENT_DIR: contentDir, BENCH_OUT_DIR: outDir, BENCH_CACHE_DIR: path.join(work, `baseline-cache-${run}`) };
  const astro = timed([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--root', 'tests/bench-baseline', '--silent'], env);
  const index = timed([process.execPath, 'scripts/bench/pagefind-index.ts', outDir], env);
  const size = outputSize(outDir);
  return { seconds: astro.seconds + index.seconds, peakMb: Math.max(astro.peakKb, index.peakKb) / 1024, outputMb: size.bytes / 1e6, pages: size.pages };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const row = (label: string, m: Measure) =>
  `${label.padEnd(14)} ${m.seconds.toFixed(1).padStart(7)} s ${String(Math.round(m.pages / m.seconds)).padStart(7)} pages/s ${m.peakMb.toFixed(0).padStart(6)} MB peak ${m.outputMb.toFixed(1).padStart(8)} MB out ${String(m.pages).padStart(6)} pages`;

try {
  const team = generateTeam(contentDir, path.join(root, 'content'), n);
  console.log(`Generated ${team.recaps} recaps, ${team.programs} programs, ${team.people} people, ${team.updates} updates, ${team.metrics} metrics in ${contentDir}`);
  const ours: Measure[] = [];
  const baseline: Measure[] = [];
  for (let run = 1; run <= runs; run++) {
    // Alternate the order so neither side always runs on a warmer machine.
    const pair = run % 2 ? [() => ours.push(buildOurs(run)), () => baseline.push(buildBaseline(run))] : [() => baseline.push(buildBaseline(run)), () => ours.push(buildOurs(run))];
    for (const step of pair) step();
    console.log(row(`ours #${run}`, ours.at(-1)!));
    console.log(row(`baseline #${run}`, baseline.at(-1)!));
  }
  const pick = (ms: Measure[]): Measure => ({ seconds: median(ms.map((m) => m.seconds)), peakMb: median(ms.map((m) => m.peakMb)), outputMb: median(ms.map((m) => m.outputMb)), pages: median(ms.map((m) => m.pages)) });
  console.log(`\nMedians of ${runs} run${runs === 1 ? '' : 's'}, N=${n}:`);
  console.log(row('ours', pick(ours)));
  console.log(row('baseline', pick(baseline)));
  console.log(`bytes per page: ours ${Math.round((pick(ours).outputMb * 1e6) / pick(ours).pages)}, baseline ${Math.round((pick(baseline).outputMb * 1e6) / pick(baseline).pages)}`);
  if (values.profile) {
    // Before the ratio, so the last line stays `ours/baseline = …` for scripts that read it.
    const profileDir = path.join(work, 'profile');
    buildOurs('profiled', ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    // Files are named CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile; thread 0 is the main
    // thread, the others are workers (the content check).
    const main = readdirSync(profileDir).find((file) => /\.\d+\.0\.\d+\.cpuprofile$/.test(file));
    console.log(`\n${profileTable(path.join(profileDir, main!), root)}`);
  }
  const ratio = median(ours.map((m, i) => m.seconds / baseline[i]!.seconds));
  console.log(`ours/baseline = ${ratio.toFixed(2)}`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
