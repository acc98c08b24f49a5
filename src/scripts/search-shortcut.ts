/**
 * Search from every page: `/` or Ctrl/⌘-K focus the header box (on /search/, the page's
 * own box), and the first letter typed into the header box loads the results-as-you-type
 * code and Pagefind. Kept tiny on purpose: it is all the search JavaScript a page that
 * is never searched loads.
 */
const form = document.querySelector<HTMLFormElement>('[data-site-search]');
const header = form?.querySelector<HTMLInputElement>('[data-search-input]');

if (form && header) {
  // Roles for the popup the lazy module fills; without JavaScript the box stays a plain field.
  header.setAttribute('role', 'combobox');
  header.setAttribute('aria-expanded', 'false');
  header.setAttribute('aria-autocomplete', 'list');
  header.setAttribute('aria-controls', 'site-search-results');
  // The one dynamic import brings Vite's module-preload helper (about 2 KB, every page):
  // the price of leaving the popup's code and Pagefind out until someone types.
  header.addEventListener('input', () => {
    void import('./search/header-search.ts').then(({ enhanceHeaderSearch }) => enhanceHeaderSearch(form));
  }, { once: true });
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey) return;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!slash && !commandK) return;
  // A slash typed into a field is text, not a shortcut (Ctrl/⌘-K works from anywhere).
  const target = event.target as HTMLElement | null;
  if (slash && target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
  // On /search/ the page's own box comes last in the document and is the one to use.
  const boxes = document.querySelectorAll<HTMLInputElement>('[data-search-input]');
  const box = boxes[boxes.length - 1];
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
