/**
 * What a pull did, per metric: rows added or rewritten, how health changed, what
 * failed and how to fix it. Once as terminal text, once as Markdown for `--summary`
 * (the scheduled workflow's pull-request body), from the same results.
 */
import type { DataPoint } from '../csv.ts';
import { english } from '../../../i18n/i18n.ts';
import { markdownText } from '../../markdown-text.ts';
import { terminalText } from '../../output/terminal.ts';

/** The pull request body is written for maintainers, in English like every command's output. */
const formatValue = english.f.value;
import type { MetricPull } from './pull.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const point = (p: DataPoint) => `${p.date}${p.series ? ` ${p.series}` : ''}: ${formatValue(p.value)}`;

function changes(result: MetricPull): string {
  const parts: string[] = [];
  if (result.added.length) parts.push(`added ${plural(result.added.length, 'row')} (${result.added.map(point).join(', ')})`);
  if (result.replaced.length) parts.push(`rewrote ${plural(result.replaced.length, 'row')} (${result.replaced.map((r) => `${point(r.after)}, was ${r.before.map((b) => formatValue(b.value)).join('+')}`).join('; ')})`);
  return parts.join('; ') || 'nothing new';
}

function health(result: MetricPull): string {
  if (!result.health) return '';
  const { before, after } = result.health;
  const moved = before === after ? `health ${after.toLowerCase()}` : `health ${before.toLowerCase()} → ${after.toLowerCase()}`;
  const stale = result.stale?.after ? `; still stale (${result.stale.text})` : result.stale?.before ? '; no longer stale' : '';
  return `${moved}${stale}`;
}

export function totals(results: readonly MetricPull[]): { added: number; replaced: number; failed: number } {
  return {
    added: results.reduce((n, r) => n + r.added.length, 0),
    replaced: results.reduce((n, r) => n + r.replaced.length, 0),
    failed: results.filter((r) => r.status === 'failed').length,
  };
}

export function summaryLine(results: readonly MetricPull[], ms: number, dryRun: boolean): string {
  const t = totals(results);
  const verb = dryRun ? 'would add' : 'added';
  return `${plural(results.length, 'sourced metric')} pulled in ${(ms / 1000).toFixed(1)} s: ${verb} ${plural(t.added, 'row')}${t.replaced ? `, ${dryRun ? 'would rewrite' : 'rewrote'} ${t.replaced}` : ''}, ${t.failed} failed`;
}

/** Terminal text: a heading line per metric, then what happened, indented. */
export function textReport(results: readonly MetricPull[], ms: number, dryRun = false): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${result.id}  ${result.title}  (${result.source})`);
    if (result.error) {
      lines.push(`  failed: ${result.error.message}`, `  fix: ${result.error.fix}`);
    } else {
      lines.push(`  ${dryRun ? changes(result).replace(/^added/, 'would add').replace(/rewrote/, 'would rewrite') : changes(result)}; ${health(result)}`);
    }
  }
  lines.push(summaryLine(results, ms, dryRun));
  // Titles, descriptions, series labels and messages hold content and answers: a line we
  // print keeps only the line breaks we put between lines (output/terminal.ts).
  return `${lines.map((line) => terminalText(line)).join('\n')}\n`;
}

/** Content and answers as literal text: no markup, links, mentions or cells of their own (markdown-text.ts). */
const cell = (text: string, maxLength?: number) => markdownText(text, maxLength);
/** An id as code when it is a plain id (every valid one is), else as text. */
const id = (value: string) => (/^[a-z0-9-]+$/.test(value) ? `\`${value}\`` : cell(value));

/** Markdown for a pull request: a table of every metric, then each failure with its fix. */
export function markdownReport(results: readonly MetricPull[], ms: number, dryRun = false): string {
  const t = totals(results);
  const out = [
    '## Metrics pull',
    '',
    `${summaryLine(results, ms, dryRun)}. Review the new numbers against their source before merging; the site changes only when this is merged.`,
    '',
    '| Metric | Source | New data | Health |',
    '| --- | --- | --- | --- |',
    ...results.map((r) => `| ${id(r.id)} ${cell(r.title)} | ${cell(r.source)} | ${r.error ? '**failed** (see below)' : cell(changes(r), 2_000)} | ${cell(health(r))} |`),
  ];
  if (t.failed) {
    out.push('', '### Failed', '');
    for (const r of results.filter((x) => x.error)) out.push(`- **${cell(r.title)}** (${id(r.id)}, ${cell(r.source)}): ${cell(r.error!.message, 1_000)}. Fix: ${cell(r.error!.fix, 1_000)}.`);
  }
  return `${out.join('\n')}\n`;
}
