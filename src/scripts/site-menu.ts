/**
 * The header's Menu (a <details> in SiteHeader.astro) as readers expect a menu to
 * behave: Escape closes it and puts focus back on its button, a click or tap outside
 * closes it, and so does resizing to a width that shows the sections in the header's
 * row. Opening and closing need no script: <details> does that by itself.
 */
const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
const button = menu?.querySelector('summary');

if (menu && button) {
  const close = (returnFocus: boolean) => {
    if (!menu.open) return;
    menu.open = false;
    if (returnFocus) button.focus();
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open || event.defaultPrevented) return;
    // Escape in the header's search box belongs to the search popup.
    if ((event.target as Element | null)?.closest('[data-site-search]')) return;
    event.preventDefault();
    close(menu.contains(document.activeElement));
  });
  document.addEventListener('click', (event) => {
    if (menu.open && event.target instanceof Node && !menu.contains(event.target)) close(false);
  });
  // The button is hidden on wide screens: a menu left open there would trap its panel.
  const wide = matchMedia('(min-width: 80rem)');
  wide.addEventListener('change', () => {
    if (wide.matches) close(false);
  });
}
