/**
 * Metric secrets policies for tests: which variable may go to which local listener,
 * which may connect to the test database, and which listeners may be read without one. The pull gets them as it gets the
 * maintainers' `.github/metric-secrets.yaml`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SecretPolicy } from '../../src/lib/metrics/sources/secrets.ts';

export function testPolicy(send: Record<string, string[]> = {}, connect: string[] = [], read: string[] = []): SecretPolicy {
  return { rules: { send, connect, read }, fromFile: true, owners: ['@test-maintainers'] };
}

/** Writes `.github/metric-secrets.yaml` into a project folder, for runs of the real commands. */
export function writePolicyFile(root: string, send: Record<string, string[]>, connect: string[] = [], read: string[] = []): void {
  mkdirSync(path.join(root, '.github'), { recursive: true });
  const lines = [
    Object.keys(send).length ? 'send:' : 'send: {}',
    ...Object.entries(send).map(([name, origins]) => `  ${name}: [${origins.join(', ')}]`),
    `connect: [${connect.join(', ')}]`,
    `read: [${read.join(', ')}]`,
  ];
  writeFileSync(path.join(root, '.github/metric-secrets.yaml'), `${lines.join('\n')}\n`);
}
