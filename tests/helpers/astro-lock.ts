/**
 * One Astro at a time in this checkout. Test files run two at once, but every `astro build`
 * and `astro dev` of the project writes the same `.astro/` folder at the project root
 * (content-modules.mjs, the types): two at once overwrite each other's and a render fails
 * with "UnknownContentCollectionError", whatever cache folder each is given. So each
 * test that starts Astro holds this lock while it runs; everything else (unit tests,
 * browsing a built site) still runs beside it.
 *
 * The lock is a folder (mkdir is atomic) holding the owner's process id; a lock whose
 * owner has died (a test killed midway) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const lockDir = path.join(root, 'node_modules', '.cache', 'devrel-wiki-astro.lock');
const ownerFile = path.join(lockDir, 'owner');
const pause = new Int32Array(new SharedArrayBuffer(4));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock if it is free (or its owner is gone); true when taken. */
function tryTake(): boolean {
  try {
    mkdirSync(path.dirname(lockDir), { recursive: true });
    mkdirSync(lockDir);
    writeFileSync(ownerFile, String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(ownerFile, 'utf8'));
    } catch {
      // Being written this instant, or left empty by an owner killed between mkdir and write.
    }
    if (Number.isInteger(owner) && owner > 0 && !alive(owner)) rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
}

function release(): void {
  try {
    if (Number(readFileSync(ownerFile, 'utf8')) === process.pid) rmSync(lockDir, { recursive: true, force: true });
  } catch {
    // Already released.
  }
}

/** Runs `run` (which starts Astro and waits for it) holding the lock; for synchronous builds. */
export function withAstroLock<T>(run: () => T): T {
  while (!tryTake()) Atomics.wait(pause, 0, 0, 100);
  try {
    return run();
  } finally {
    release();
  }
}

/** Takes the lock for a long-running Astro (a dev server); call the result to release it. */
export async function takeAstroLock(): Promise<() => void> {
  while (!tryTake()) await new Promise((resolve) => setTimeout(resolve, 100));
  process.once('exit', release);
  return release;
}
