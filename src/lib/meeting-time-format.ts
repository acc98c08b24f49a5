/**
 * A meeting's time as a card shows it, the same way for the meeting's own zone (at build
 * time) and for the reader's (in their browser, src/scripts/local-times.ts): one
 * `Intl.DateTimeFormat` range in the site's locale, so one card never mixes "Tue 8 Dec
 * 2026, 11:00–11:50 EST" with "Tue, Dec 8, 08:00 AM PST". Pure and small: the browser
 * bundles it.
 *
 * The time range comes out as its own piece, so the page can keep it on one line
 * ("16:00–16:45 CET" never splits as "16:00–/16:45").
 */
import { readsInWords } from '../i18n/date-words.ts';

/** A formatted occurrence: text before the time range (the date), the range, and what follows. */
export interface MeetingTimeText {
  /** The date and the separator after it, e.g. "Thu, Dec 10, 2026, ". */
  date: string;
  /** Times and zone, to keep on one line, e.g. "4:00 – 4:45 PM CET". */
  range: string;
  /** Anything the locale writes after the range (usually nothing). */
  after: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** What a card writes: the date with the time and zone (its range), or the date alone. */
const fields = {
  'date-time': { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  date: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function formatter(locale: string, timeZone: string, kind: keyof typeof fields = 'date-time'): Intl.DateTimeFormat {
  const key = `${kind}\n${locale}\n${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...fields[kind], timeZone });
    formatters.set(key, format);
  }
  return format;
}

/**
 * The date before a time range in words, as one date is written. Where ICU falls back to
 * digits (Japanese: "2026/11/26(木) 19時30分～20時15分", see ../i18n/date-words.ts), the
 * date is written alone ("2026年11月26日(木)"), and what the range put between the date and
 * the times (Chinese puts the zone there) is kept.
 */
function writtenDate(shared: Intl.DateTimeRangeFormatPart[], start: Date, timeZone: string, locale: string): string {
  const text = shared.map((part) => part.value).join('');
  const alone = formatter(locale, timeZone, 'date').formatToParts(start);
  if (readsInWords(text, alone)) return text;
  const lastDateField = shared.findLastIndex((part) => dateFields.has(part.type));
  // Skip the literal that closes the date ("(木) ", " "); keep the rest, e.g. the zone.
  const between = shared.slice(lastDateField + 1).filter((part, i) => !(i === 0 && part.type === 'literal'));
  return `${alone.map((part) => part.value).join('')} ${between.map((part) => part.value).join('')}`;
}

/** "GMT+1", "UTC−5": an offset where a reader knows the zone by a name. */
const offsetName = /^(GMT|UTC)[+\-\u2212]/;

/**
 * A short zone name such as CET or EST where the locale only has an offset ("GMT+1"):
 * en-GB knows the European abbreviations, en-US the American ones. Where neither has a
 * name (India: "GMT+5:30"), the offset stays.
 */
export function zoneAbbreviation(instant: Date, timeZone: string, localName?: string): string {
  if (localName && !offsetName.test(localName)) return localName;
  const offsets: string[] = [];
  for (const locale of ['en-GB', 'en-US']) {
    const name = formatter(locale, timeZone).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
    if (name && !offsetName.test(name)) return name;
    offsets.push(name);
  }
  return localName ?? offsets.find(Boolean) ?? timeZone;
}

const dateFields = new Set(['weekday', 'day', 'month', 'year', 'era', 'relatedYear', 'yearName']);

/**
 * `start`–`end` in `timeZone`, written in `locale`: the date once, then the time range
 * and zone. A meeting that runs past midnight shows both dates: too long for one line on
 * a phone, so it all goes in `after` and wraps like any sentence.
 */
export function formatMeetingTime(start: Date, end: Date, timeZone: string, locale: string): MeetingTimeText {
  const parts = formatter(locale, timeZone).formatRangeToParts(start, end).map((part) =>
    part.type === 'timeZoneName' ? { ...part, value: zoneAbbreviation(start, timeZone, part.value) } : part);
  const first = parts.findIndex((part) => part.source !== 'shared');
  // The same minute twice gives no range at all: everything is shared.
  if (first === -1) return { date: parts.map((p) => p.value).join(''), range: '', after: '' };
  const ranged = parts.slice(first);
  // Shared pieces after the range that belong to it (AM/PM, the zone) stay with it.
  const lastTimePart = ranged.findLastIndex((part) => part.source !== 'shared' || part.type === 'dayPeriod' || part.type === 'timeZoneName');
  const crossesDays = ranged.some((part) => part.source !== 'shared' && dateFields.has(part.type));
  const text = (list: typeof parts) => list.map((part) => part.value).join('');
  return {
    date: crossesDays ? text(parts.slice(0, first)) : writtenDate(parts.slice(0, first), start, timeZone, locale),
    range: crossesDays ? '' : text(ranged.slice(0, lastTimePart + 1)),
    after: crossesDays ? text(ranged) : text(ranged.slice(lastTimePart + 1)),
  };
}
