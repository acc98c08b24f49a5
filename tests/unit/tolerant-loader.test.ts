/** In `astro dev`, a broken file does not stop the content from loading at start-up. */
import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { tolerantInDev } from '../../src/lib/preview/tolerant-loader.ts';

type Info = { data: Record<string, unknown> };
const broken = { fileUrl: new URL('file:///content/recaps/broken.mdx'), contents: '---\ntitle: "x\n---\n' };

/** A loader that reads one file through the context, as glob() does, and can be run again as a reload. */
function fakeLoader(stored: unknown[]): Loader & { reload?: () => Promise<void> } {
  const loader: Loader & { reload?: () => Promise<void> } = {
    name: 'fake',
    load: async (context) => {
      const read = async () => {
        const type = (context as unknown as { entryTypes: Map<string, { getEntryInfo(p: typeof broken): Promise<Info> }> }).entryTypes.get('.mdx')!;
        const { data } = await type.getEntryInfo(broken);
        stored.push(await context.parseData({ id: 'broken', data }));
      };
      await read();
      loader.reload = read;
    },
  };
  return loader;
}

function context(watcher: boolean): LoaderContext {
  const entryTypes = new Map([['.mdx', { getEntryInfo: async () => { throw new Error('unexpected end of the stream within a double quoted scalar'); } }]]);
  return {
    ...(watcher ? { watcher: {} } : {}),
    entryTypes,
    parseData: async () => { throw new Error('data does not match collection schema'); },
  } as unknown as LoaderContext;
}

describe('tolerantInDev', () => {
  it('stores a file it cannot read as written while the dev server starts, instead of stopping it', async () => {
    const stored: unknown[] = [];
    const inner = fakeLoader(stored);
    await expect(tolerantInDev(inner).load(context(true))).resolves.toBeUndefined();
    expect(stored).toEqual([{}]);
    // Later saves go through Astro's own reload, which logs the error and keeps the last version.
    await expect(inner.reload!()).rejects.toThrow('unexpected end of the stream');
  });

  it('changes nothing in a build (no file watcher)', async () => {
    await expect(tolerantInDev(fakeLoader([])).load(context(false))).rejects.toThrow('unexpected end of the stream');
  });
});
