/*
 * Theme choice, applied before first paint: BaseLayout loads this file as a blocking
 * script in <head> (an external file, so a CSP without 'unsafe-inline' allows it).
 * Without a saved choice <html> gets no data-theme and the CSS follows the system
 * setting; with JavaScript off the toggle stays hidden (it shows under html[data-js]).
 */
(() => {
  const root = document.documentElement;
  const key = 'devrel-wiki-theme';
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  let saved = null;
  try { saved = localStorage.getItem(key); } catch { /* storage blocked: follow the system */ }
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  root.dataset.js = '';

  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);
  // The browser bar colour (<meta name="theme-color">) follows a chosen theme too: the
  // meta for the chosen scheme applies to all media, the other to none.
  const syncThemeColor = () => {
    for (const meta of document.querySelectorAll('meta[name="theme-color"][data-scheme]')) {
      const scheme = meta.getAttribute('data-scheme');
      meta.setAttribute('media', root.dataset.theme ? (root.dataset.theme === scheme ? 'all' : 'not all') : `(prefers-color-scheme: ${scheme})`);
    }
  };
  syncThemeColor();
  const sync = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) button.setAttribute('aria-pressed', String(isDark()));
    syncThemeColor();
  };
  document.addEventListener('DOMContentLoaded', sync);
  systemDark.addEventListener('change', sync);
  // Delegated, because the header does not exist yet when this runs.
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    root.dataset.theme = isDark() ? 'light' : 'dark';
    try { localStorage.setItem(key, root.dataset.theme); } catch { /* the choice lasts for this page only */ }
    sync();
  });
})();
