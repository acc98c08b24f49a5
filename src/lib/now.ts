/**
 * "Now" for everything computed at build time (next meeting dates, what is upcoming,
 * what is due for review). `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-
 * builds convention) pins it, so the same content and epoch give the same site.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  const now = new Date(Number(epoch) * 1000);
  // Fix: digits alone were not enough; a value too large for a Date (past the year
  // 275760) gave an Invalid Date that silently broke every date computed from it.
  if (!/^\d+$/.test(epoch) || Number.isNaN(now.getTime())) {
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (like 1764000000), got "${epoch}"`);
  }
  return now;
}
