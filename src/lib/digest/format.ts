/**
 * Words for the digest's figures, shared by the Markdown, e-mail and page renderers
 * so all three say "654 people" and "+210 (+5%)" the same way, in the site's language.
 */
import type { I18n } from '../../i18n/i18n.ts';
import { formatTarget } from '../metrics/summary.ts';
import type { DigestMetric, DigestRecap, Totals } from './model.ts';

type Words = Pick<I18n, 't' | 'f'>;

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** "Oct 20 – 21, 2026". */
export const recapDates = (recap: DigestRecap, { f }: Words): string => f.dateRange(utcDay(recap.start), recap.end ? utcDay(recap.end) : undefined);

/** "410 people", or "not counted yet" for an event without a head count. */
export const audienceText = (audience: number | undefined, { t }: Words): string =>
  (audience === undefined ? t('digest.notCounted') : t('count.people', { count: audience }));

/** "2 events, 654 people reached" (plus "1 not counted yet" when some have no count). */
export function totalsText(totals: Totals, { t, f }: Words): string {
  const values = { events: t('count.events', { count: totals.events }), people: t('count.people', { count: totals.audience }), uncounted: f.number(totals.uncounted) };
  return t(totals.uncounted ? 'digest.totalsUncounted' : 'digest.totals', values);
}

/** "+210 (+5%)", or "–" when there is nothing to compare with. */
export function changeText(metric: DigestMetric, { t, f }: Words): string {
  if (metric.change === undefined) return t('facts.noValue');
  const percent = f.change(metric.relative);
  return percent ? t('digest.valueChange', { change: f.signed(metric.change), percent }) : f.signed(metric.change);
}

/** Whether the change is good news, given which way the metric should move. */
export function changeTone(metric: DigestMetric): 'good' | 'bad' | 'flat' {
  if (metric.change === undefined || metric.change === 0) return 'flat';
  return (metric.change > 0) === (metric.direction === 'up') ? 'good' : 'bad';
}

/** "4,210" with " (Sep 2026)" when the latest figure is from an earlier month. */
export function valueText(value: { period: string; value: number } | undefined, month: string, { t, f }: Words): string {
  if (!value) return t('facts.noValue');
  return value.period === month ? f.value(value.value) : t('digest.valueIn', { value: f.value(value.value), month: f.monthShort(value.period) });
}

/** "5,000 by Jun 2027", or "none set". */
export const targetText = (metric: DigestMetric, words: Words): string =>
  (metric.target ? formatTarget(metric.target, words) : words.t('digest.targetNone'));

/** "Thu, Nov 5" from `2026-11-05` (a calendar date, no time zone involved). */
export const shortDay = (iso: string, { f }: Words): string => f.weekdayDay(iso);

/** "Thu, Nov 5 and Thu, Nov 12 at 4:00 PM (Central European Time)": one line per meeting, in its own zone. */
export function meetingDatesText(meeting: { timezone: string; dates: Array<{ localDate: string; localTime: string }> }, { t, f }: Words): string {
  const zone = f.zoneName(meeting.timezone, utcDay(meeting.dates[0]?.localDate ?? '2026-01-01'));
  const times = new Set(meeting.dates.map((d) => d.localTime));
  if (times.size === 1) return t('digest.meetingDates', { dates: f.list(meeting.dates.map((d) => f.weekdayDay(d.localDate))), time: f.time([...times][0]!), zone });
  return t('digest.meetingDatesTimes', { dates: f.list(meeting.dates.map((d) => t('digest.dayTime', { day: f.weekdayDay(d.localDate), time: f.time(d.localTime) }))), zone });
}

/** "spoke at or staffed All Things Open 2026; wrote “Lumen Labs: …”". */
export function shoutOutText(person: { events: string[]; updates: string[] }, { t, f }: Words): string {
  const parts: string[] = [];
  if (person.events.length) parts.push(t('digest.spokeAt', { events: f.list(person.events) }));
  if (person.updates.length) parts.push(t('digest.wrote', { titles: f.list(person.updates.map((title) => t('digest.quoted', { title }))) }));
  return parts.length === 2 ? t('digest.shoutOutJoin', { first: parts[0]!, second: parts[1]! }) : parts.join('');
}
