/**
 * "Now" for everything computed at build time (next meeting dates, what is upcoming,
 * what is due for review). `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-
 * builds convention) pins it, so the same content and epoch give the same site.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) {
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (like 1764000000), got "${epoch}"`);
  }
  return new Date(Number(epoch) * 1000);
}
