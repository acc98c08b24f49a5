/**
 * Checks a Mermaid diagram with Mermaid's own parser, synchronously, so `npm run check`
 * (which is synchronous everywhere it runs) can report a diagram that does not parse at
 * its line, exactly as GitHub would refuse it. Mermaid's parser is asynchronous and heavy
 * to load (about 0.3 s), so it runs on a worker thread started at the first diagram; this
 * side waits for each answer with Atomics.wait. A wiki without diagrams never loads it.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { GrammarAnswer } from './mermaid-grammar-worker.ts';

/** A diagram taking longer than this to parse is reported rather than waited for. */
const timeoutMs = 15_000;

let running: { worker: Worker; port: MessagePort; flag: Int32Array } | undefined;

function start(): NonNullable<typeof running> {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const worker = new Worker(new URL('./mermaid-grammar-worker.ts', import.meta.url), { workerData: { port: port2, signal }, transferList: [port2] });
  // The worker must never keep a finished `npm run check` alive.
  worker.unref();
  port1.unref();
  return { worker, port: port1, flag: new Int32Array(signal) };
}

/** Mermaid's verdict on `source`. */
export function parseMermaid(source: string): GrammarAnswer {
  running ??= start();
  const { port, flag } = running;
  Atomics.store(flag, 0, 0);
  port.postMessage({ source });
  const waited = Atomics.wait(flag, 0, 0, timeoutMs);
  const received = receiveMessageOnPort(port);
  if (waited === 'timed-out' || !received) {
    void running.worker.terminate();
    running = undefined;
    return { ok: false, message: `the diagram could not be checked within ${timeoutMs / 1000} s` };
  }
  return received.message as GrammarAnswer;
}
