/**
 * The content check, started on a worker thread by `npm run build` before Astro loads.
 * Loading Astro and Vite takes about a second on the main thread; checking a few
 * thousand files takes about as long, so running both at once takes that second off
 * every build. The content guard then takes the result instead of checking again, and
 * still fails the build before Astro reads any content.
 */
import { Worker } from 'node:worker_threads';
import type { LeftOut } from '../publication.ts';
import type { Problem } from './problem.ts';

/** What the worker reports: the content's problems, and what a `public: true` site leaves out. */
export interface EarlyCheck {
  problems: Problem[];
  leftOut?: LeftOut;
}

const slot = Symbol.for('devrel-wiki.early-content-check');

type Slot = { [slot]?: { contentDir: string; problems: Promise<EarlyCheck> } };

/** Start checking `contentDir` on a worker thread. */
export function startEarlyCheck(contentDir: string): void {
  const worker = new Worker(new URL('./early-check-worker.ts', import.meta.url), { workerData: { contentDir } });
  const problems = new Promise<EarlyCheck>((resolve, reject) => {
    worker.once('message', (message: EarlyCheck) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The content check stopped (exit code ${code}) before reporting.`)));
  });
  // If Astro fails to load first, nobody asks; don't let that become an unhandled rejection.
  problems.catch(() => {});
  (globalThis as Slot)[slot] = { contentDir, problems };
}

/** The started check's result, if one was started for `contentDir`; taken only once. */
export function takeEarlyCheck(contentDir: string): Promise<EarlyCheck> | undefined {
  const started = (globalThis as Slot)[slot];
  if (!started || started.contentDir !== contentDir) return undefined;
  delete (globalThis as Slot)[slot];
  return started.problems;
}
