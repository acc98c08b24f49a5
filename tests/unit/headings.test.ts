import { describe, expect, it } from 'vitest';
import { linkHeadings, sectionHeadings, tocEntries, type PageHeading } from '../../src/lib/headings.ts';
import { english } from '../../src/i18n/i18n.ts';

const label = english.t('toc.sectionLink');

const h = (depth: number, slug: string, text = slug): PageHeading => ({ depth, slug, text });

describe('tocEntries', () => {
  it('lists h2s and the h3s under them once a page has three h2s', () => {
    expect(tocEntries([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(4, 'deep'), h(2, 'c')]).map((e) => e.slug)).toEqual(['a', 'a1', 'b', 'c']);
  });
  it('lists nothing for a page with fewer sections', () => {
    expect(tocEntries([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')])).toEqual([]);
  });
  it('drops h3s before the first h2, which would sit under nothing', () => {
    expect(tocEntries([h(3, 'x'), h(2, 'a'), h(2, 'b'), h(2, 'c')]).map((e) => e.slug)).toEqual(['a', 'b', 'c']);
  });
});

describe('sectionHeadings', () => {
  it('reads h2s and h3s with ids, in order, with their text unescaped', () => {
    const html = '<h1>Title</h1><h2 id="why">Why <em>it</em> mattered</h2><p>x</p><h3 id="q-a">Q &amp; A</h3><h2>No id</h2><h4 id="deep">Deep</h4>';
    expect(sectionHeadings(html)).toEqual([h(2, 'why', 'Why it mattered'), h(3, 'q-a', 'Q & A')]);
  });
});

describe('linkHeadings', () => {
  it('puts a named link to the section beside each heading with an id, outside the heading', () => {
    expect(linkHeadings('<h2 id="day-1">Day 1: <code>git</code></h2><h2>Plain</h2>', label)).toBe(
      '<div class="heading-wrap h2"><h2 id="day-1">Day 1: <code>git</code></h2><a class="heading-link" href="#day-1" data-pagefind-ignore>'
      + '<span aria-hidden="true">#</span><span class="visually-hidden">Link to the section “Day 1: git”</span></a></div><h2>Plain</h2>',
    );
  });
  it('keeps attributes after the id and leaves other elements alone', () => {
    const html = '<h3 id="a" data-astro-cid-x>A</h3><p id="b">text</p>';
    expect(linkHeadings(html, label)).toContain('<h3 id="a" data-astro-cid-x>A</h3><a class="heading-link" href="#a"');
    expect(linkHeadings(html, label)).toContain('<p id="b">text</p>');
  });
  it('names the link in the site\'s language, escaping the label but not the heading twice', () => {
    const html = '<h2 id="q">Q &amp; A</h2>';
    expect(linkHeadings(html, 'Lien vers <« {name} »>')).toContain('<span class="visually-hidden">Lien vers &lt;« Q &amp; A »&gt;</span>');
  });
});
