/**
 * Addresses in narrow boxes wrap at their punctuation, never inside a word: the break
 * points a page marks with <wbr>.
 */
import { describe, expect, it } from 'vitest';
import { wrapSegments } from '../../src/lib/wrap-points.ts';

describe('wrapSegments', () => {
  it('breaks an e-mail address before its @ and dots', () => {
    expect(wrapSegments('ken@hoshizora.example')).toEqual(['ken', '@hoshizora', '.example']);
  });

  it('breaks a domain inside a sentence, keeping the sentence and its comma whole', () => {
    expect(wrapSegments('Discourse statistics of community.lumenstack.example, people active')).toEqual(['Discourse statistics of community', '.lumenstack', '.example, people active']);
  });

  it('breaks a URL after // and before each /, never inside a word', () => {
    const pieces = wrapSegments('https://forum.example.org/t/getting-started/42');
    expect(pieces).toEqual(['https://', 'forum', '.example', '.org', '/t', '/getting', '-started', '/42']);
    for (const piece of pieces) expect(piece).not.toMatch(/^[a-z]{1,2}$/);
  });

  it('breaks time zone ids and addresses in any script', () => {
    expect(wrapSegments('America/Argentina/Buenos_Aires')).toEqual(['America', '/Argentina', '/Buenos', '_Aires']);
    expect(wrapSegments('山田太郎@例え.テスト.日本')).toEqual(['山田太郎', '@例え', '.テスト', '.日本']);
  });

  it('leaves ordinary words, short tokens and trailing punctuation alone', () => {
    expect(wrapSegments('well-known')).toEqual(['well-known']);
    expect(wrapSegments('Owned by Ana. Reviewed 1.2.')).toEqual(['Owned by Ana. Reviewed 1.2.']);
    expect(wrapSegments('')).toEqual(['']);
    expect(wrapSegments('#devrel-requests-and-support')).toEqual(['#devrel', '-requests', '-and', '-support']);
  });

  it('gives the text back when the pieces are joined', () => {
    for (const text of ['a@b.c d', 'x  https://a.example/b?c=d&e=f#g  y', 'ken@hoshizora.example\n']) expect(wrapSegments(text).join('')).toBe(text);
  });
});
