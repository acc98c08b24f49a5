/**
 * Dates, times, numbers and lists as a reader of one locale writes them, all from `Intl`
 * (no month names or separators written by hand). The exact output may differ slightly
 * between ICU versions (ICU 78 writes "Sept" in en-GB, older ones "Sep"); CI and `.nvmrc`
 * pin Node 24, so one build machine gives one result. Pure: give it a locale.
 *
 * Content dates are calendar dates stored at UTC midnight and are formatted in UTC;
 * meeting instants are formatted in the zone they are shown in, never in UTC by mistake.
 * Machine formats (`<time datetime>`, CSV, ICS, URLs) never come from here.
 */
import { remembered } from '../lib/remembered.ts';
import { readsInWords } from './date-words.ts';

/** Pieces of a list written in the locale, to put links between its separators. */
export type ListPart = { type: 'element'; index: number } | { type: 'literal'; value: string };

export interface Formats {
  readonly locale: string;
  /** A calendar date: "Mar 14, 2026", "14. März 2026", "2026年3月14日". */
  date(date: Date): string;
  /** A span of calendar dates, or one date: "Mar 14 – 17, 2026", "14.–17. März 2026". */
  dateRange(start: Date, end?: Date): string;
  /** A month written `YYYY-MM`, in full: "March 2026", "2026年3月". */
  month(period: string): string;
  /** A month written `YYYY-MM`, short: "Mar 2026", "März 2026". */
  monthShort(period: string): string;
  /** A month's short name without its year, for chart axes: "Mar", "3月". */
  monthName(period: string): string;
  /** A year, never grouped: "2026". */
  year(year: number): string;
  /** A calendar day `YYYY-MM-DD` with its weekday: "Thu, Nov 5", "5. Nov. (Do.)". */
  weekdayDay(iso: string): string;
  /** A weekday's name, Monday = 0: "Tuesday", "Dienstag", "火曜日". */
  weekday(index: number): string;
  /** A wall-clock time `HH:MM`: "4:00 PM", "16:00". */
  time(hhmm: string): string;
  /** An instant as read in `zone`: its date with weekday, its time span to `end`, and the zone's short name. */
  inZone(start: Date, end: Date, zone: string): { date: string; times: string; zone: string };
  /** A time zone as people name it: "Central European Time", "中央ヨーロッパ時間". */
  zoneName(zone: string, at: Date): string;
  /** A count: "6,034", "6.034". */
  number(value: number): string;
  /** A metric value: whole above 100, one decimal below (a score of 4.3): "4,210", "4.3". */
  value(value: number): string;
  /** A compact number for axes and cards: "42K", "4.2万". */
  compact(value: number): string;
  /** A signed change as a percentage: "+12%", "-3 %"; undefined when there is none to show. */
  change(ratio: number | undefined): string | undefined;
  /** A ratio as a percentage: "38%". */
  percent(ratio: number): string;
  /** A signed value: "+210", "-237", "0". */
  signed(value: number): string;
  /** A duration in minutes: "45 minutes", "45 Minuten", "45 分". */
  minutes(count: number): string;
  /** A list: "A, B, and C", "A、B、C", "A وB وC". */
  list(items: readonly string[]): string;
  /** The same list as parts, so a page can put a link where each item goes. */
  listParts(count: number): ListPart[];
  /** Days from now as words: "today", "in 3 days", "3 days ago". */
  relativeDays(days: number): string;
  /** Compares two texts as the locale sorts them. */
  compare(a: string, b: string): number;
}

const utc = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const monthStart = (period: string): Date => utc(`${period.slice(0, 7)}-01`);

/** "GMT+1", "UTC−05:00", "غرينتش+١": a zone Intl could only name by its offset. */
const offsetName = /^(?:GMT|UTC)(?:[+\-\u2212]|$)/;

/**
 * A span of dates written the way one date is. Where ICU's range falls back to digits
 * (./date-words.ts), it is built from the two dates, the end dropping the year and month
 * it shares with the start ("2026年3月23日～25日", "2026年3月30日～4月2日"), joined by the
 * separator ICU chose.
 */
function writtenRange(format: Intl.DateTimeFormat, start: number, end: number): string {
  const range = format.formatRangeToParts(start, end);
  const text = range.map((part) => part.value).join('');
  const first = format.formatToParts(start);
  if (readsInWords(text, first)) return text;
  const separator = range.find((part) => part.source === 'shared' && part.type === 'literal')?.value ?? ' – ';
  const last = format.formatToParts(end);
  // Drop what the end shares with the start, a field and the literal after it at a time, never the day.
  let shared = 0;
  while (shared + 1 < last.length && last[shared]!.type !== 'day' && last[shared]!.type === first[shared]?.type && last[shared]!.value === first[shared]!.value
    && last[shared + 1]!.type === 'literal' && last[shared + 1]!.value === first[shared + 1]?.value) shared += 2;
  return `${first.map((part) => part.value).join('')}${separator}${last.slice(shared).map((part) => part.value).join('')}`;
}

function build(locale: string): Formats {
  const dateTime = remembered((options: string) => new Intl.DateTimeFormat(locale, JSON.parse(options) as Intl.DateTimeFormatOptions));
  const dt = (options: Intl.DateTimeFormatOptions) => dateTime(JSON.stringify(options));
  const day = dt({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthLong = dt({ month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthShort = dt({ month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthOnly = dt({ month: 'short', timeZone: 'UTC' });
  const weekdayDay = dt({ weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const weekdayLong = dt({ weekday: 'long', timeZone: 'UTC' });
  const clock = dt({ hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const count = new Intl.NumberFormat(locale);
  const small = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const large = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const plainYear = new Intl.NumberFormat(locale, { useGrouping: false });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const change = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const signedSmall = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const signedLarge = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const collator = new Intl.Collator(locale);
  const english = new Intl.Locale(locale).language === 'en';

  /** The zone's short name at `at` in this locale; English also asks en-GB and en-US, which each know their region's abbreviations (CET, EST). */
  const shortNames = remembered((key: string) => {
    const [tag, zone] = key.split(' ') as [string, string];
    return new Intl.DateTimeFormat(tag, { timeZone: zone, timeZoneName: 'short' });
  });
  const shortZone = (zone: string, at: Date): string => {
    const name = (tag: string) => shortNames(`${tag} ${zone}`).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
    const own = name(locale);
    if (!english || !offsetName.test(own)) return own;
    for (const tag of ['en-GB', 'en-US']) {
      const other = name(tag);
      if (other && !offsetName.test(other)) return other;
    }
    return own;
  };
  const zoneParts = remembered((zone: string) => ({
    date: new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: zone }),
    time: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone }),
    generic: new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }),
  }));

  // Lists write the same dates and counts on page after page: each is formatted once.
  const dateOf = remembered((time: number) => day.format(time));
  const rangeOf = remembered((times: string) => {
    const [start, end] = times.split(' ').map(Number) as [number, number];
    return writtenRange(day, start, end);
  });
  const countOf = remembered((value: number) => count.format(value));

  return {
    locale,
    date: (date) => dateOf(date.getTime()),
    dateRange: (start, end) => (!end || end.getTime() === start.getTime() ? dateOf(start.getTime()) : rangeOf(`${start.getTime()} ${end.getTime()}`)),
    month: (period) => monthLong.format(monthStart(period)),
    monthShort: (period) => monthShort.format(monthStart(period)),
    monthName: (period) => monthOnly.format(monthStart(period)),
    year: (year) => plainYear.format(year),
    weekdayDay: (iso) => weekdayDay.format(utc(iso)),
    // 2024-01-01 was a Monday.
    weekday: (index) => weekdayLong.format(new Date(Date.UTC(2024, 0, 1 + index))),
    time: (hhmm) => {
      const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
      return clock.format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
    },
    inZone: (start, end, zone) => {
      const formats = zoneParts(zone);
      return { date: formats.date.format(start), times: formats.time.formatRange(start, end), zone: shortZone(zone, start) };
    },
    zoneName: (zone, at) => {
      const name = zoneParts(zone).generic.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
      // No generic name in this locale: the city the zone is named after ("Kolkata").
      return name && !offsetName.test(name) ? name : (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
    },
    number: (value) => countOf(value),
    value: (value) => (Math.abs(value) >= 100 ? large : small).format(value),
    compact: (value) => compact.format(value),
    change: (ratio) => (ratio === undefined || !Number.isFinite(ratio) ? undefined : change.format(Math.round(ratio * 100) / 100)),
    percent: (ratio) => percent.format(ratio),
    signed: (value) => (Math.abs(value) >= 100 ? signedLarge : signedSmall).format(value),
    minutes: (n) => minutes.format(n),
    list: (items) => lists.format(items),
    listParts: (n) => {
      // Placeholders that cannot occur in the separators, read back as indexes.
      const marks = Array.from({ length: n }, (_, i) => `\u{F0000}${i}\u{F0001}`);
      return lists.formatToParts(marks).map((part): ListPart => {
        const index = part.type === 'element' ? marks.indexOf(part.value) : -1;
        return index >= 0 ? { type: 'element', index } : { type: 'literal', value: part.value };
      });
    },
    relativeDays: (days) => relative.format(days, 'day'),
    compare: (a, b) => collator.compare(a, b),
  };
}

/** The formats of `locale`, built once per locale. */
export const createFormats: (locale: string) => Formats = remembered(build);
