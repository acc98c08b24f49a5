/**
 * Which month labels a chart's x axis shows, and how: at most `maxTicks`, spaced
 * evenly back from the latest month (the one readers look for), each the month's short
 * name with the year added wherever the year changes from the label shown before it (and
 * on the first), in the chart's language ("Mar 2025", "Jun"…; "2025年3月", "6月"…).
 * Chart.js's own skipping chose labels after they were written, so a year written only
 * on "Jan" vanished whenever January was skipped, and a second "Feb" on a two-year axis
 * was ambiguous.
 */
import type { Formats } from '../../i18n/formats.ts';

/** One entry per month (`YYYY-MM`): the text to show, or '' for a label left out. */
export function tickLabels(months: readonly string[], maxTicks: number, f: Pick<Formats, 'monthShort' | 'monthName'>): string[] {
  const step = Math.max(1, Math.ceil(months.length / Math.max(1, maxTicks)));
  let previousYear: string | undefined;
  return months.map((month, i) => {
    if ((months.length - 1 - i) % step !== 0) return '';
    const year = month.slice(0, 4);
    const text = year !== previousYear ? f.monthShort(month) : f.monthName(month);
    previousYear = year;
    return text;
  });
}

/** How many "Sep 2026"-wide labels fit along an axis `width` pixels wide. */
export const maxTicksFor = (width: number): number => Math.max(2, Math.floor((width - 60) / 72));
