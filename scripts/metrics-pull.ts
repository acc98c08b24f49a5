/**
 * `npm run metrics:pull [-- --only <id>] [--dry-run] [--since YYYY-MM-DD] [--summary FILE]`:
 * fetches every metric with a source block and appends the new periods to its CSV.
 * The build never fetches; this command is the only one that does, and its changes
 * reach the site through a reviewed pull request (.github/workflows/metrics.yml).
 * Exit code 0 when every source was read, 1 when any failed, 2 for a usage mistake.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../src/lib/metrics/csv.ts';
import { createHttpClient } from '../src/lib/metrics/sources/http.ts';
import { mayRead } from '../src/lib/metrics/sources/secrets.ts';
import { pullMetrics, PullUsageError } from '../src/lib/metrics/pull/pull.ts';
import { markdownReport, textReport } from '../src/lib/metrics/pull/report.ts';
import { buildNow } from '../src/lib/now.ts';
import { formatProblem } from '../src/lib/check/problem.ts';
import { terminalText } from '../src/lib/output/terminal.ts';
import { loadSecretPolicy } from '../src/lib/metrics/secret-policy-file.ts';
import { contentDir } from '../src/lib/paths.ts';

const usage = 'usage: npm run metrics:pull -- [--only <metric-id>] [--dry-run] [--since YYYY-MM-DD] [--summary FILE]';

function fail(message: string, code: number): never {
  console.error(`${terminalText(message)}\n${usage}`);
  process.exit(code);
}

let args: { only?: string; 'dry-run'?: boolean; since?: string; summary?: string; help?: boolean };
try {
  args = parseArgs({
    options: { only: { type: 'string' }, 'dry-run': { type: 'boolean' }, since: { type: 'string' }, summary: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: false,
  }).values;
} catch (error) {
  fail((error as Error).message, 2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (args.since !== undefined && !isCalendarDate(args.since)) fail(`--since wants a date written YYYY-MM-DD, like 2026-01-01, got "${args.since}"`, 2);

// Which secret may go where: the maintainers' file beside the workflow, or the defaults.
const { policy, problems } = loadSecretPolicy(process.cwd());
if (problems.length) {
  console.error(`${problems.map((p) => formatProblem(p)).join('\n')}\nThe metric secrets policy is not valid, so nothing was pulled; fix it (README, "Metric sources").`);
  process.exit(2);
}

/** Tests and slow networks shorten or lengthen the waits; defaults suit the real services. */
const number = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
const http = createHttpClient({
  ...(number('METRICS_PULL_TIMEOUT_MS') !== undefined ? { timeoutMs: number('METRICS_PULL_TIMEOUT_MS') } : {}),
  ...(number('METRICS_PULL_RETRY_DELAY_MS') !== undefined ? { retryDelayMs: number('METRICS_PULL_RETRY_DELAY_MS') } : {}),
  ...(number('METRICS_PULL_MAX_WAIT_S') !== undefined ? { maxRateLimitWaitMs: number('METRICS_PULL_MAX_WAIT_S')! * 1000 } : {}),
  // Every redirect and next-page link stays on origins the policy lets the pull read.
  mayRead: (origin) => mayRead(policy, origin),
});

const started = performance.now();
try {
  const results = await pullMetrics({
    contentDir,
    displayRoot: process.cwd(),
    // SOURCE_DATE_EPOCH pins "today" for reproducible runs (tests); otherwise the clock.
    now: buildNow(),
    only: args.only,
    dryRun: args['dry-run'],
    since: args.since,
    env: process.env,
    policy,
    http,
  });
  const ms = performance.now() - started;
  process.stdout.write(textReport(results, ms, args['dry-run']));
  if (args.summary) writeFileSync(args.summary, markdownReport(results, ms, args['dry-run']));
  process.exitCode = results.some((r) => r.status === 'failed') ? 1 : 0;
} catch (error) {
  if (error instanceof PullUsageError) fail(error.message, 2);
  throw error;
}
