/**
 * `node scripts/digest-due.ts [--any-day]`: prints the month whose digest is due
 * (`YYYY-MM`, the month before today's) when today is the day the team's digest is
 * prepared, and nothing otherwise; `--any-day` prints the month before today's whatever
 * the day. "The day" is the first working day of the month by the team's own working
 * week, holidays and time zone (`digest:` in content/site.yaml), and never later than the
 * 10th. The Digest workflow runs on days 1 to 11 and asks this, as cron cannot say it.
 * `SOURCE_DATE_EPOCH` pins "today" (tests). Reads checked content only: content the
 * build would refuse stops it with the errors, as it would stop the digest.
 */
import { checkedContentOrExit } from './lib/checked-content.ts';
import { defaultCalendar, dueMonth, monthBefore } from '../src/lib/digest/send/first-working-day.ts';
import { buildNow } from '../src/lib/now.ts';

const report = checkedContentOrExit('No digest is prepared from content with errors');
const calendar = report.site.digest ?? defaultCalendar;
const today = buildNow();
const month = process.argv.includes('--any-day') ? monthBefore(today, calendar) : dueMonth(today, calendar);
if (month) console.log(month);
