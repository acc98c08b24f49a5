/**
 * Gives the whole test run one temporary folder and removes it at the end.
 *
 * Tests build whole sites into temporary folders (a few MB each, some with
 * search indexes), and so do the builds, Pagefind and Chromium they start.
 * Pointing TMPDIR at one folder per run catches all of them, including folders
 * a failing test never reaches the clean-up of; before this, every `npm test`
 * left 24 folders and 56 MB behind in /tmp.
 *
 * Set KEEP_TEST_TEMP=1 to keep the folder and look at what a test built.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-tests-'));
  // Test workers and every process they spawn inherit this; os.tmpdir() reads it.
  process.env.TMPDIR = folder;
  return () => {
    if (process.env.KEEP_TEST_TEMP === '1') {
      console.log(`Kept the tests' temporary files in ${folder}`);
      return;
    }
    rmSync(folder, { recursive: true, force: true });
  };
}
