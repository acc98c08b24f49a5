/** "Did you mean …?" suggestions shown next to mistyped ids, field names and zones. */
import { describe, expect, it } from 'vitest';
import { closestMatches, didYouMean, editDistance } from '../../src/lib/did-you-mean.ts';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['ana-ruis', 'ana-ruiz', 1],
    ['recap', 'recaps', 1],
    ['ambasador', 'ambassador', 1],
    ['flaw', 'lawn', 2],
    ['Europe/Berln', 'Europe/Berlin', 1],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('is case-sensitive (closestMatches lowercases first)', () => {
    expect(editDistance('Maria', 'maria')).toBe(1);
  });
});

describe('closestMatches', () => {
  const team = ['ana-ruiz', 'maria-lopez', 'mario-lopez', 'jean-dupont', 'sam-lee'];

  it('orders by distance, best first', () => {
    expect(closestMatches('maria-lopes', team)).toEqual(['maria-lopez', 'mario-lopez']);
    expect(closestMatches('mario-lopes', team)).toEqual(['mario-lopez', 'maria-lopez']);
  });

  it('breaks ties alphabetically so output is stable', () => {
    expect(closestMatches('mari-lopez', ['mario-lopez', 'maria-lopez'])).toEqual(['maria-lopez', 'mario-lopez']);
  });

  it('ignores case', () => {
    expect(closestMatches('Ana-Ruiz', team)).toEqual(['ana-ruiz']);
  });

  it('finds a candidate that contains the word, or is contained in it', () => {
    expect(closestMatches('ambassador', ['ambassador-program', 'hackathons'])).toEqual(['ambassador-program']);
    expect(closestMatches('tues', ['monday', 'tuesday', 'wednesday'])).toEqual(['tuesday']);
    expect(closestMatches('kubecon-eu-2026-recap', ['kubecon-eu'])).toEqual(['kubecon-eu']);
  });

  it('an exact match comes before containing candidates', () => {
    expect(closestMatches('maria', ['maria-lopez', 'maria'])).toEqual(['maria', 'maria-lopez']);
  });

  it('returns at most three, or the given limit', () => {
    const many = ['ab-1', 'ab-2', 'ab-3', 'ab-4', 'ab-5'];
    expect(closestMatches('ab-0', many)).toEqual(['ab-1', 'ab-2', 'ab-3']);
    expect(closestMatches('ab-0', many, 1)).toEqual(['ab-1']);
  });

  it('suggests nothing for unrelated words', () => {
    expect(closestMatches('zoe-quartermaine', team)).toEqual([]);
    expect(closestMatches('kubernetes', ['ambassador', 'hackathon', 'events'])).toEqual([]);
    expect(closestMatches('anything', [])).toEqual([]);
  });

  it('short words do not match everything that contains them', () => {
    // Containment only counts from three letters on.
    expect(closestMatches('a', ['ana-ruiz', 'maria-lopez'])).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('quotes one suggestion', () => {
    expect(didYouMean('ana-ruis', ['ana-ruiz', 'maria-lopez'])).toBe('did you mean "ana-ruiz"?');
  });

  it('joins several with "or", best first', () => {
    expect(didYouMean('maria-lopes', ['mario-lopez', 'maria-lopez'])).toBe('did you mean "maria-lopez" or "mario-lopez"?');
  });

  it('returns an empty string when nothing is close, so callers can fall back', () => {
    expect(didYouMean('zebra', ['maria-lopez', 'ana-ruiz'])).toBe('');
    expect(didYouMean('zebra', []) || 'fallback').toBe('fallback');
  });

  it('accepts any iterable, such as a Set or Map keys', () => {
    expect(didYouMean('recap', new Set(['recaps', 'programs']))).toBe('did you mean "recaps"?');
    expect(didYouMean('programms', new Map([['programs', 1]]).keys())).toBe('did you mean "programs"?');
  });
});
