/**
 * A first run on an old Node.js: every npm script stops with one plain message naming
 * the Node it needs and how to get it, before anything else runs (no stack trace, no
 * ERR_UNKNOWN_FILE_EXTENSION). The old Node is a shim on PATH: the real binary with a
 * preload that reports an older `process.versions.node`, which is all the guard reads.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
const { tooOldMessage } = createRequire(import.meta.url)(path.join(root, 'scripts/require-node.cjs')) as {
  tooOldMessage: (version: string, range: string | undefined, execPath?: string) => string | undefined;
};

/** A folder whose `node` is this Node pretending to be `version`. */
function oldNodeOnPath(version: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'old-node-'));
  const stub = path.join(dir, 'pretend-version.cjs');
  writeFileSync(stub, `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} });\n`);
  const shim = path.join(dir, 'node');
  writeFileSync(shim, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} --require ${JSON.stringify(stub)} "$@"\n`);
  chmodSync(shim, 0o755);
  return dir;
}

describe('the Node.js version guard', () => {
  it('states the real minimum: the newest any dependency asks for', () => {
    // undici (through Astro) needs 22.19; the README and the guard follow package.json.
    expect(manifest.engines.node).toBe('>=22.19.0');
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('Node.js 22.19 or newer');
    expect(readFileSync(path.join(root, 'CONTRIBUTING.md'), 'utf8')).toContain('22.19 or newer');
  });

  it('says which Node it needs, which one ran, and how to get the right one', () => {
    const message = tooOldMessage('20.18.0', '>=22.19.0', '/usr/bin/node');
    expect(message).toBe([
      'DevRel Wiki needs Node.js 22.19 or newer, and this is Node.js 20.18.0 (/usr/bin/node).',
      'Install Node.js 24 LTS: from https://nodejs.org, or with a version manager in this folder',
      '(`nvm install` or `fnm use` read the version from .nvmrc). Then run `npm install` and this command again.',
    ].join('\n'));
    expect(tooOldMessage('22.18.9', '>=22.19.0')).toContain('22.19 or newer');
    expect(tooOldMessage('22.19.0', '>=22.19.0')).toBeUndefined();
    expect(tooOldMessage('24.1.0', '>=22.19.0')).toBeUndefined();
    expect(tooOldMessage('v100.0.0', '>=22.19.0')).toBeUndefined();
  });

  it('runs first in every npm script, which then stops with the message alone', () => {
    const bin = oldNodeOnPath('20.18.0');
    for (const [name, command] of Object.entries(manifest.scripts)) {
      // What `npm run <name>` runs: the script in a shell, node_modules/.bin on PATH.
      const result = spawnSync('sh', ['-c', command], { cwd: root, env: { ...process.env, PATH: `${bin}${path.delimiter}${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` }, encoding: 'utf8', timeout: 60_000 });
      expect(result.status, name).toBe(1);
      expect(result.stderr, name).toMatch(/^DevRel Wiki needs Node\.js 22\.19 or newer, and this is Node\.js 20\.18\.0 \(/);
      expect(result.stderr, name).not.toMatch(/ERR_|at .*\(.*:\d+:\d+\)|Error:/);
      expect(result.stdout.replace(/^> .*$/gm, '').trim(), name).toBe('');
    }
  });

  it('lets a recent Node through without a word', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/require-node.cjs')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });

  it('is plain CommonJS an old Node can parse: no syntax newer than ES5', () => {
    const source = readFileSync(path.join(root, 'scripts/require-node.cjs'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/'(?:[^'\\\n]|\\.)*'/g, "''").replace(/\/\/.*$/gm, '');
    expect(source).not.toMatch(/\b(const|let|class|async|await)\b|=>|\?\.|\?\?|`/);
  });
});
