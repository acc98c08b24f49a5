/**
 * Which links the link checker reads from a built page: every href and src of a tag, and
 * nothing from text that shows markup (the editing guide shows `<Figure src="…">` as code).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIds, extractLinks, findBrokenLinks, missingFragment } from '../../src/lib/link-check.ts';

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

describe('links to a section of a built page', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'anchors-'));
  const page = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), `<!doctype html><html><body>${html}</body></html>`);
  };
  page('index.html', '<a href="#main">skip</a><main id="main"><a href="#no-such-heading">x</a><a href="/programs/x/#gone">y</a><a href="/programs/x/#outcomes">z</a><a href="/programs/x/#%E6%9D%B1%E4%BA%AC">東京</a><a href="#">top</a><a href="#top">top</a></main>');
  page('programs/x/index.html', '<h2 id="outcomes">Outcomes</h2><h2 id="東京">東京</h2><a href="../x/#outcome">near</a><a href="#:~:text=Outcomes">text</a>');

  it('finds a fragment that names no element, on the same page or another, with the closest id', () => {
    expect(findBrokenLinks(site)).toEqual([
      { page: 'index.html', target: '#no-such-heading', reason: 'no element with id "no-such-heading" on that page' },
      { page: 'index.html', target: '/programs/x/#gone', reason: 'no element with id "gone" on that page' },
      { page: path.join('programs', 'x', 'index.html'), target: '../x/#outcome', reason: 'no element with id "outcome" on that page (did you mean #outcomes?)' },
    ]);
  });

  it('reads ids with their entities decoded, and compares fragments percent-decoded', () => {
    expect([...extractIds('<h2 id="a&amp;b">x</h2><p data-id="no"></p><script>id="not"</script><div id=\'q\'></div>')]).toEqual(['a&b', 'q']);
    expect(missingFragment('%E6%9D%B1%E4%BA%AC', new Set(['東京']))).toBeUndefined();
    expect(missingFragment('%E0%A4%A', new Set())).toMatch(/no element with id "%E0%A4%A"/);
  });
});
