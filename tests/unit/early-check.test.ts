/**
 * The build's early content check (run on a worker while Astro loads) reports exactly
 * what the content guard would find by itself, and is used once, for its own folder.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { startEarlyCheck, takeEarlyCheck } from '../../src/lib/check/early-check.ts';

const badContent = path.resolve(import.meta.dirname, '../fixtures/bad-content');

describe('early content check', () => {
  it('finds every problem the guard would find', async () => {
    startEarlyCheck(badContent);
    const problems = (await takeEarlyCheck(badContent))?.problems;
    expect(problems?.filter((p) => p.severity === 'error').length).toBeGreaterThan(3);
    expect(problems).toEqual(checkContent(badContent).problems);
  });

  it('is taken once, and only for the folder it checked', async () => {
    startEarlyCheck(badContent);
    expect(takeEarlyCheck(path.resolve('content'))).toBeUndefined();
    expect((await takeEarlyCheck(badContent))?.problems).toBeInstanceOf(Array);
    expect(takeEarlyCheck(badContent)).toBeUndefined();
  });
});
