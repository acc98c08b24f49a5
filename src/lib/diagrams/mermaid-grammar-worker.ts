/**
 * Worker side of mermaid-grammar.ts: Mermaid's own parser (the grammar GitHub renders
 * with), loaded once, answering one diagram at a time. Mermaid imports DOMPurify to
 * clean labels for its own drawing; without a DOM that has no methods, and parsing calls
 * them. Only the parser runs here and nothing it returns is shown (the wiki draws with
 * beautiful-mermaid and its own SVG allowlist), so the missing methods are stand-ins.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';

interface Request {
  source: string;
}
export interface GrammarAnswer {
  ok: boolean;
  /** 1-based line of the error inside the diagram. */
  line?: number;
  message?: string;
}

const { port, signal } = workerData as { port: MessagePort; signal: SharedArrayBuffer };
const flag = new Int32Array(signal);

const purify = (await import('dompurify')).default as unknown as Record<string, unknown>;
for (const name of ['addHook', 'removeHook', 'removeHooks', 'removeAllHooks', 'setConfig', 'clearConfig']) purify[name] ??= () => {};
purify.sanitize ??= (text: unknown) => text;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

function answer(result: GrammarAnswer): void {
  port.postMessage(result);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

port.on('message', async ({ source }: Request) => {
  try {
    await mermaid.parse(source);
    answer({ ok: true });
  } catch (error) {
    const hash = (error as { hash?: { loc?: { first_line?: number; last_line?: number }; line?: number } }).hash;
    const text = error instanceof Error ? error.message : String(error);
    const line = hash?.loc?.last_line ?? (hash?.line !== undefined ? hash.line + 1 : undefined) ?? Number(/line (\d+)/.exec(text)?.[1] ?? NaN);
    answer({ ok: false, line: Number.isFinite(line) ? line : undefined, message: text });
  }
});
parentPort?.postMessage('ready');
