/** What a `public: true` wiki leaves out, and the build line that says so. */
import { describe, expect, it } from 'vitest';
import { leftOutLine, leftOutOfPublicSite, publishedRecaps, showsInternalParts } from '../../src/lib/publication.ts';

const recap = (id: string, visibility: 'internal' | 'external') => ({ id, data: { visibility } });
const entry = (collection: string, file: string, body: string, data: Record<string, unknown> = {}) => ({ collection, file, body, data });

describe('publication of internal material', () => {
  const recaps = [recap('a', 'internal'), recap('b', 'external')];

  it('publishes every recap and part on an intranet wiki', () => {
    expect(publishedRecaps(recaps, { public: false }).map((r) => r.id)).toEqual(['a', 'b']);
    expect(showsInternalParts({ public: false })).toBe(true);
    expect(leftOutOfPublicSite([entry('recaps', 'x.mdx', '', { visibility: 'internal' })], { public: false })).toBeUndefined();
  });

  it('leaves internal recaps and parts out of a public one', () => {
    expect(publishedRecaps(recaps, { public: true }).map((r) => r.id)).toEqual(['b']);
    expect(showsInternalParts({ public: true })).toBe(false);
  });

  it('counts internal recaps, and parts of the pages still published', () => {
    const entries = [
      entry('recaps', 'r/1.mdx', '<Internal>a</Internal>', { visibility: 'internal' }),
      entry('recaps', 'r/2.mdx', 'One <Internal>b</Internal> and\n\n<Internal>\nc\n</Internal>\n', { visibility: 'external' }),
      entry('programs', 'p/x.mdx', '<Internal>d</Internal>'),
      // In a .md file the tag is not a component (the check reports it); an unreadable body neither counts nor throws.
      entry('updates', 'u/y.md', '<Internal>e</Internal>'),
      entry('programs', 'p/z.mdx', '<Internal>unclosed'),
    ];
    expect(leftOutOfPublicSite(entries, { public: true })).toEqual({ recaps: 1, parts: 3 });
  });

  it('says what was left out, and why', () => {
    expect(leftOutLine({ recaps: 3, parts: 5 })).toBe('3 internal recaps and 5 internal parts were left out because content/site.yaml says public: true (set it to false to publish them on an intranet wiki).');
    expect(leftOutLine({ recaps: 1, parts: 0 })).toMatch(/^1 internal recap and 0 internal parts were left out/);
  });
});
