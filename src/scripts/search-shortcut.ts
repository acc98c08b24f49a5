/**
 * The `/` keyboard shortcut for search, on every page. Kept tiny on purpose: it is all
 * the JavaScript a page that is never searched loads. The search code itself is only
 * fetched by the /search/ page.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  // A slash typed into a field is text, not a shortcut.
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
  // On /search/ the page's own box comes last in the document and is the one to use.
  const boxes = document.querySelectorAll<HTMLInputElement>('[data-search-input]');
  const box = boxes[boxes.length - 1];
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
