/**
 * Progressive enhancement for meeting times: the page already shows each time in the
 * meeting's own zone (computed at build); this adds the reader's local time next to
 * it, written in the site's language (`data-locale`) with the label the page gives
 * (`data-label`, "Your time: {time}"). Without JavaScript nothing is lost.
 */
const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

for (const element of document.querySelectorAll<HTMLElement>('[data-local-time]')) {
  const start = new Date(element.dataset.localTime ?? '');
  const end = new Date(element.dataset.localEnd ?? element.dataset.localTime ?? '');
  if (Number.isNaN(start.getTime()) || element.dataset.zone === readerZone) continue;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(element.dataset.locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
  } catch {
    format = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
  }
  const time = Number.isNaN(end.getTime()) ? format.format(start) : format.formatRange(start, end);
  element.textContent = (element.dataset.label ?? '{time}').replace('{time}', time);
  element.hidden = false;
}
