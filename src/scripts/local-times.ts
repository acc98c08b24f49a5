/**
 * Progressive enhancement for meeting times: the page already shows each time in the
 * meeting's own zone (computed at build); this adds the reader's local time next to
 * it. Without JavaScript nothing is lost.
 */
const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const format = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

for (const element of document.querySelectorAll<HTMLElement>('[data-local-time]')) {
  const instant = new Date(element.dataset.localTime ?? '');
  if (Number.isNaN(instant.getTime()) || element.dataset.zone === readerZone) continue;
  element.textContent = `Your time: ${format.format(instant)}`;
  element.hidden = false;
}
