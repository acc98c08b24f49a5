/**
 * What the pull prints and summarises when a metric's title, its source's description,
 * a series label from a database or an error's words are hostile: the terminal text
 * (read by the GitHub Actions runner line by line) gains no line, command or escape
 * sequence, and the Markdown summary (a pull request's body) no link, tag or mention.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { MetricPull } from '../../src/lib/metrics/pull/pull.ts';
import { markdownReport, textReport } from '../../src/lib/metrics/pull/report.ts';
import { renderedText } from '../helpers/rendered-markdown.ts';

const hostile = 'Stars\n::warning file=x::forged\u001b[2J @octocat https://phish.example <img src=x>';
const results: MetricPull[] = [
  { id: 'stars', title: hostile, source: `github: ${hostile}`, status: 'added', added: [{ date: '2026-10-31', value: 3, series: `EU\r\n::add-mask::x` }], replaced: [], unit: 'stars', health: { before: 'On track', after: 'On track' }, ms: 1 },
  { id: 'forum', title: 'Forum', source: 'discourse', status: 'failed', added: [], replaced: [], unit: 'people', error: { message: `nothing at /a\nb in the answer`, fix: `see ${hostile}` }, ms: 1 },
];

describe('the pull report with hostile values', () => {
  it('prints one line per thing it reports, with control characters written out', () => {
    const text = textReport(results, 1000);
    expect(text.split('\n').filter(Boolean)).toHaveLength(6);
    expect(text).not.toMatch(/^::/m);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Stars\\n::warning file=x::forged\\e[2J');
    expect(text).toContain('EU\\r\\n::add-mask::x');
  });

  it('summarises as literal text: no link, image, tag or mention', () => {
    const markdown = markdownReport(results, 1000);
    expect(markdown).not.toMatch(/\n::|\u001b/);
    const text = renderedText(markdown);
    expect(text).toContain('Stars ::warning file=x::forged [2J @octocat https://phish.example <img src=x>');
    const { html } = markdownToHtml(markdown);
    expect(html).not.toMatch(/<(img|a)\b/);
    expect(html).not.toMatch(/@octocat/);
  });
});
