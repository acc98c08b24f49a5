/** The benchmark's profile table groups time where a developer can act on it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileTable, selfTimeBySource, sourceOf } from '../../scripts/bench/cpu-profile.ts';

const root = '/work/wiki';
const frame = (url: string, functionName = 'f') => ({ url, functionName });

describe('sourceOf', () => {
  it('names packages, built chunks, our own files and V8 entries', () => {
    expect(sourceOf(frame('file:///work/wiki/node_modules/@napi-rs/canvas/index.js'), root)).toBe('@napi-rs/canvas');
    expect(sourceOf(frame('file:///work/wiki/node_modules/astro/dist/core/build/generate.js'), root)).toBe('astro');
    expect(sourceOf(frame('file:///work/wiki/.staging/build-42/.prerender/chunks/RecapArticle_Ab3-x_Yz.mjs'), root)).toBe('built: RecapArticle');
    expect(sourceOf(frame('file:///work/wiki/.staging/build-42/.prerender/prerender-entry.Cml44Fe8.mjs'), root)).toBe('built: prerender-entry');
    expect(sourceOf(frame('file:///work/wiki/src/integrations/search-indexer.ts'), root)).toBe('src/integrations/search-indexer.ts');
    expect(sourceOf(frame('node:internal/fs/promises'), root)).toBe('node internals');
    expect(sourceOf(frame('', '(garbage collector)'), root)).toBe('(garbage collector)');
  });
});

describe('selfTimeBySource', () => {
  it('sums each sample’s duration into its source, largest first', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'devrel-profile-')), 'p.cpuprofile');
    writeFileSync(file, JSON.stringify({
      nodes: [
        { id: 1, callFrame: frame('', '(idle)') },
        { id: 2, callFrame: frame('file:///work/wiki/node_modules/chart.js/dist/chart.js') },
        { id: 3, callFrame: frame('file:///work/wiki/node_modules/chart.js/dist/helpers.js') },
      ],
      // Sample i lasts until the next delta: 2 → 3000 µs, 3 → 1000 µs, 1 → 500 µs, last → 0.
      samples: [2, 3, 1, 2],
      timeDeltas: [0, 3000, 1000, 500],
    }));
    expect(selfTimeBySource(file, root)).toEqual([['chart.js', 4], ['(idle)', 0.5]]);
    expect(profileTable(file, root)).toContain('0.00 s  88.9 %  chart.js');
  });
});
