/**
 * Words for the digest's figures, shared by the Markdown, e-mail and page renderers
 * so all three say "654 people" and "+210 (+5%)" the same way.
 */
import { formatCount, formatDateRange, plural, shortMonths } from '../dates.ts';
import { formatChange, formatTarget, formatValue, monthLabel } from '../metrics/summary.ts';
import { zoneCity } from '../recurrence.ts';
import type { DigestMetric, DigestRecap, Totals } from './model.ts';

export { formatCount, formatValue, monthLabel, plural };

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** "20–21 Oct 2026". */
export const recapDates = (recap: DigestRecap): string => formatDateRange(utcDay(recap.start), recap.end ? utcDay(recap.end) : undefined);

/** "410 people", or "not counted yet" for an event without a head count. */
export const audienceText = (audience: number | undefined): string => (audience === undefined ? 'not counted yet' : plural(audience, 'person', 'people'));

/** "2 events, 654 people reached" (plus "1 not counted yet" when some have no count). */
export function totalsText(totals: Totals): string {
  const base = `${plural(totals.events, 'event')}, ${formatCount(totals.audience)} ${totals.audience === 1 ? 'person' : 'people'} reached`;
  return totals.uncounted ? `${base} (${totals.uncounted} not counted yet)` : base;
}

/** "+210", "−237" (true minus), "0". */
export function signed(value: number): string {
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '\u2212'}${formatValue(Math.abs(value))}`;
}

/** "+210 (+5%)", or "–" when there is nothing to compare with. */
export function changeText(metric: DigestMetric): string {
  if (metric.change === undefined) return '–';
  const percent = formatChange(metric.relative);
  return percent ? `${signed(metric.change)} (${percent})` : signed(metric.change);
}

/** Whether the change is good news, given which way the metric should move. */
export function changeTone(metric: DigestMetric): 'good' | 'bad' | 'flat' {
  if (metric.change === undefined || metric.change === 0) return 'flat';
  return (metric.change > 0) === (metric.direction === 'up') ? 'good' : 'bad';
}

/** "4,210" with " (Sep 2026)" when the latest figure is from an earlier month. */
export function valueText(value: { period: string; value: number } | undefined, month: string): string {
  if (!value) return '–';
  return value.period === month ? formatValue(value.value) : `${formatValue(value.value)} (${monthLabel(value.period, 'short')})`;
}

/** "5,000 by Jun 2027", or "none set". */
export const targetText = (metric: DigestMetric): string =>
  metric.target ? formatTarget(metric.target) : 'none set';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "Thu 5 Nov" from `2026-11-05` (a calendar date, no time zone involved). */
export function shortDay(iso: string): string {
  const date = utcDay(iso);
  return `${weekdays[date.getUTCDay()]} ${date.getUTCDate()} ${shortMonths[date.getUTCMonth()]}`;
}

/** "Thu 5 Nov, Thu 12 Nov at 16:00 Berlin time": one line per meeting. */
export function meetingDatesText(meeting: { timezone: string; dates: Array<{ localDate: string; localTime: string }> }): string {
  const times = new Set(meeting.dates.map((d) => d.localTime));
  if (times.size === 1) return `${meeting.dates.map((d) => shortDay(d.localDate)).join(', ')} at ${[...times][0]} ${zoneCity(meeting.timezone)} time`;
  return `${meeting.dates.map((d) => `${shortDay(d.localDate)} ${d.localTime}`).join(', ')} (${zoneCity(meeting.timezone)} time)`;
}

/** "Hannah Brooks, Lucía Fernández and Rafael Costa". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "spoke at All Things Open 2026; wrote “Lumen Labs: …”". */
export function shoutOutText(person: { events: string[]; updates: string[] }): string {
  const parts: string[] = [];
  if (person.events.length) parts.push(`spoke at or staffed ${listText(person.events)}`);
  if (person.updates.length) parts.push(`wrote ${listText(person.updates.map((t) => `“${t}”`))}`);
  return parts.join('; ');
}
