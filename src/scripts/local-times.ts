/**
 * Progressive enhancement for meeting times: the page already shows each time in the
 * meeting's own zone (computed at build); this adds the reader's local time under it,
 * written by the same formatter in the site's locale (src/lib/meeting-time-format.ts),
 * so the two lines read alike. Without JavaScript nothing is lost.
 */
import { formatMeetingTime } from '../lib/meeting-time-format.ts';

const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

for (const list of document.querySelectorAll<HTMLElement>('.meeting-times[data-locale]')) {
  const locale = list.dataset.locale ?? 'en';
  // "Your time: {time}", from the UI catalog.
  const [before = '', after = ''] = (list.dataset.yourTime ?? '{time}').split('{time}');
  for (const element of list.querySelectorAll<HTMLElement>('[data-local-time]')) {
    const start = new Date(element.dataset.localTime ?? '');
    const end = new Date(element.dataset.localEnd ?? element.dataset.localTime ?? '');
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || element.dataset.zone === readerZone) continue;
    const shown = formatMeetingTime(start, end, readerZone, locale);
    const range = document.createElement('span');
    range.className = 'time-range';
    range.textContent = shown.range;
    element.replaceChildren(`${before}${shown.date}`, range, `${shown.after}${after}`);
    element.hidden = false;
  }
}
