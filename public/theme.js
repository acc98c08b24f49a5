/* Theme choice before first paint (a file, so the CSP needs no 'unsafe-inline'). No saved
   choice: no data-theme, CSS follows the system. The toggle shows only under html[data-js]. */
(() => {
  const root = document.documentElement;
  const key = 'devrel-wiki-theme';
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  let saved = null;
  try { saved = localStorage.getItem(key); } catch { /* storage blocked: follow the system */ }
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  root.dataset.js = '';
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);
  // The browser bar (<meta name="theme-color">) follows a chosen theme too.
  const sync = () => {
    for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(isDark()));
    for (const m of document.querySelectorAll('meta[data-scheme]')) {
      const s = m.dataset.scheme;
      m.media = root.dataset.theme ? (root.dataset.theme === s ? 'all' : 'not all') : `(prefers-color-scheme: ${s})`;
    }
  };
  sync();
  document.addEventListener('DOMContentLoaded', sync);
  systemDark.addEventListener('change', sync);
  // Delegated: the header does not exist yet when this runs.
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    root.dataset.theme = isDark() ? 'light' : 'dark';
    try { localStorage.setItem(key, root.dataset.theme); } catch { /* lasts for this page only */ }
    sync();
  });
})();
