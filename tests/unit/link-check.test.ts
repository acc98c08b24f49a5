/**
 * Which links the link checker reads from a built page: every href and src of a tag, and
 * nothing from text that shows markup (the editing guide shows `<Figure src="…">` as code).
 */
import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../src/lib/link-check.ts';

describe('extractLinks', () => {
  it('reads href and src of tags, with quotes of either kind, a > inside a value and &amp;', () => {
    const html = `<a class="x" href="/programs/a/">A</a><img alt="a > b" src='/images/b.png'><a href="/search/?q=a&amp;type=Recap">s</a>`;
    expect(extractLinks(html)).toEqual(['/programs/a/', '/images/b.png', '/search/?q=a&type=Recap']);
  });

  it('ignores markup shown as text, and scripts', () => {
    const html = '<p><code>&lt;Figure src="/images/booth.jpg" alt="x"&gt;</code> and href="/nowhere/" in prose</p><script>const u = " src=\\"/x.js\\"";</script>';
    expect(extractLinks(html)).toEqual([]);
  });
});
