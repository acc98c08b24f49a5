/**
 * Which month labels a chart's x axis shows, and how: at most `maxTicks`, spaced
 * evenly back from the latest month (the one readers look for), each "Mon" with the
 * year added wherever the year changes from the label shown before it (and on the
 * first). Chart.js's own skipping chose labels after they were written, so a year
 * written only on "Jan" vanished whenever January was skipped, and a second "Feb" on
 * a two-year axis was ambiguous.
 */

/** "Jan 2026" → ["Jan", "2026"]; other labels have no year. */
function split(label: string): [string, string | undefined] {
  const match = /^(.*\S)\s+(\d{4})$/.exec(label);
  return match ? [match[1]!, match[2]!] : [label, undefined];
}

/** One entry per label: the text to show, or '' for a label left out. */
export function tickLabels(labels: readonly string[], maxTicks: number): string[] {
  const step = Math.max(1, Math.ceil(labels.length / Math.max(1, maxTicks)));
  let previousYear: string | undefined;
  return labels.map((label, i) => {
    if ((labels.length - 1 - i) % step !== 0) return '';
    const [month, year] = split(label);
    const text = year && year !== previousYear ? `${month} ${year}` : month;
    previousYear = year;
    return text;
  });
}

/** How many "Sep 2026"-wide labels fit along an axis `width` pixels wide. */
export const maxTicksFor = (width: number): number => Math.max(2, Math.floor((width - 60) / 72));
