/**
 * `--month YYYY-MM` for the digest's commands (`npm run digest`, `npm run digest:send`):
 * the month, or the reason it is not one and the command's usage, exit code 2.
 */
import { DigestMonthError, parseDigestMonth } from '../../src/lib/digest/month.ts';

export function monthOptionOrExit(value: string | undefined, usage: string): string {
  try {
    return parseDigestMonth(value);
  } catch (error) {
    if (!(error instanceof DigestMonthError)) throw error;
    console.error(`error  ${error.message}\n${usage}`);
    process.exit(2);
  }
}
