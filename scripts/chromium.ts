/**
 * Where Chromium is and how to start it on a locked-down machine. Tests and scripts
 * use Debian's chromium (no browser download), found at CHROME_PATH or /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/** Flags that keep Chromium from reaching out to the network at start (the intranet may be offline). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
