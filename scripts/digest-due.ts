/**
 * `node scripts/digest-due.ts [--any-day]`: prints the month whose digest is due
 * (`YYYY-MM`, the month before today's, UTC) when today is the first working day of a
 * month, and nothing otherwise; `--any-day` prints it whatever the day. The Digest
 * workflow runs on days 1 to 3 and asks this, as cron cannot say "first working day".
 * `SOURCE_DATE_EPOCH` pins "today" (tests).
 */
import { isFirstWorkingDay, monthBefore } from '../src/lib/digest/send/first-working-day.ts';
import { buildNow } from '../src/lib/now.ts';

const today = buildNow();
if (process.argv.includes('--any-day') || isFirstWorkingDay(today)) console.log(monthBefore(today));
