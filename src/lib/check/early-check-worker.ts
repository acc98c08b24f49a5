/** Worker side of early-check.ts: check the folder, post the problems back, exit. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './check-content.ts';

parentPort!.postMessage(checkContent((workerData as { contentDir: string }).contentDir).problems);
