/** Worker side of early-check.ts: check the folder, post the problems (and what a public site leaves out) back, exit. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './check-content.ts';
import { leftOutOfPublicSite } from '../publication.ts';
import type { EarlyCheck } from './early-check.ts';

const report = checkContent((workerData as { contentDir: string }).contentDir);
parentPort!.postMessage({ problems: report.problems, leftOut: leftOutOfPublicSite(report.entries, report.site) } satisfies EarlyCheck);
