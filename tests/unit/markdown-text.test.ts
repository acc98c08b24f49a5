/**
 * The one Markdown escaper for text others render (the metrics pull's summary, a pull
 * request's body): each hostile value is rendered by a GFM renderer (satteri, which
 * links bare addresses and keeps raw HTML as GitHub's does) inside a table cell, and
 * must come out as exactly its own words: no element but the table's, no link, no
 * mention or issue reference GitHub would make of the text, no extra cell or line.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/lib/markdown-text.ts';

/** The cell's HTML and its text, with the zero-width spaces taken out. */
function renderCell(value: string): { html: string; text: string } {
  const { html } = markdownToHtml(`| a | b |\n| --- | --- |\n| ${markdownText(value)} | end |\n`);
  const cell = /<tbody>\s*<tr>\s*<td>([^]*?)<\/td>\s*<td>end<\/td>\s*<\/tr>\s*<\/tbody>/.exec(html);
  expect(cell, html).not.toBeNull();
  const text = cell![1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return { html: cell![1]!, text: text.replace(/\u200B/g, '') };
}

/** What GitHub turns into a notification or a link after rendering. */
const githubPatterns = [/(^|[^\w])@[A-Za-z0-9]/, /(^|[^\w])#\d/, /\bGH-\d/i, /https?:\/\//, /\bwww\./i];

describe('markdownText', () => {
  const hostile = [
    'Stars @lumenstack/devrel and @octocat, see #12, GH-7 and lumenstack/lumen#3',
    'Sign in at https://phish.example/login or www.phish.example, mail admin@phish.example',
    '[click](javascript:alert(1)) ![x](https://evil.example/p.png) <img src=x onerror=alert(1)> <script>alert(1)</script>',
    '<!-- hide --> &lt;b&gt; &#64;octocat `code` *em* __strong__ ~~gone~~ \\ back',
    'a | b | c',
    'line one\nline two\r\n| --- |\n# heading\n> quote\n- item\n1. first',
    'bidi \u202Eevil\u202C and nul\u0000 and esc \u001B[31mred',
    '= 1+1 and - minus and + plus',
    'Tokyo 東京, مرحبا, Ünïcödé',
  ];

  it.each(hostile)('renders %j as its own words and nothing else', (value) => {
    const { html, text } = renderCell(value);
    expect(html).not.toMatch(/<(?!\/?(?:td)\b)[a-z!]/i);
    const expected = value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
    expect(text).toBe(expected);
    for (const pattern of githubPatterns) expect(html.replace(/&#?\w+;/g, ''), `${pattern}`).not.toMatch(pattern);
  });

  it('the same values unescaped would have made links, tags and cells (the renderer does see them)', () => {
    const { html } = markdownToHtml(`| a |\n| --- |\n| ${hostile[1]} ${hostile[2]} |\n`);
    expect(html).toContain('<a href="https://phish.example/login"');
    expect(html).toMatch(/<img src="?x/);
  });

  it('cuts a long value with an ellipsis', () => {
    expect(markdownText('x'.repeat(500), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(renderCell('word '.repeat(200)).text.length).toBeLessThanOrEqual(300);
  });
});
