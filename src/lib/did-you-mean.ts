/**
 * "Did you mean …?" suggestions for mistyped ids, field names and time zones.
 * Authors mistype references all the time; naming the closest real value turns a
 * puzzling error into a one-keystroke fix.
 */

/** Levenshtein distance, iterative with two rows: fine for ids of a few dozen characters. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Longest value worth a suggestion. Ids, field names and time zones are short; comparing a
 * value of a million letters with each of 600 time zones would take half a minute (the
 * distance costs the product of the lengths), for a suggestion nobody needs.
 */
export const maxSuggestedLength = 100;

/**
 * The candidates closest to `wanted`, best first. A candidate qualifies when it is within
 * a distance proportional to the length of the word, or when one contains the other
 * (`ambassador` → `ambassador-program`). Values longer than `maxSuggestedLength` get none.
 */
export function closestMatches(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  if (wanted.length > maxSuggestedLength) return [];
  const needle = wanted.toLowerCase();
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const threshold = Math.max(2, Math.floor(Math.max(needle.length, hay.length) / 3));
    const contains = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay));
    // The distance is at least the difference in length: skip the quadratic work when that already rules it out.
    if (!contains && Math.abs(needle.length - hay.length) > threshold) continue;
    const distance = editDistance(needle, hay);
    if (distance <= threshold || contains) scored.push({ candidate, score: contains ? Math.min(distance, 1.5) : distance });
  }
  return scored
    .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

/** `did you mean "a" or "b"?`, or an empty string when nothing is close. */
export function didYouMean(wanted: string, candidates: Iterable<string>): string {
  const matches = closestMatches(wanted, candidates);
  if (matches.length === 0) return '';
  return `did you mean ${matches.map((m) => `"${m}"`).join(' or ')}?`;
}
