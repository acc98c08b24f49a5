/**
 * Results as you type under the header's search box: an ARIA 1.2 combobox whose popup
 * lists the best pages (type, date, program, excerpt with the matches marked) and their
 * matching sections. Focus stays in the box; the arrow keys move the active option,
 * Enter opens it, Escape closes the list. Enter with no option chosen submits the form
 * to /search/ as it does without JavaScript. Loaded by search-shortcut.ts only when a
 * reader starts typing, and Pagefind with it. Its words, in the site's language, are
 * fetched alongside Pagefind (src/pages/search-strings.json.ts), so no page carries them.
 */
import { filterKeys, orderValues, writeState, type SearchState } from '../../lib/search-state.ts';
import { pagefindScriptPath, searchStringsPath, withBase } from '../../lib/urls.ts';
import { loadPagefind, unavailableKey, type PagefindResultData } from './pagefind.ts';
import { readClientStrings } from '../../i18n/client.ts';
import { element, matchingSections, resultExcerpt, resultFacts } from './result-parts.ts';

/** Pages shown under the box; the rest are one "See all results" away. */
const pageLimit = 6;
/** Matching sections shown under each page. */
const sectionLimit = 2;
/** Shorter queries match almost everything, so they wait for another letter. */
const minLength = 2;

/** Wires the results popup of one header search form (see SiteHeader.astro). */
export function enhanceHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]')!;
  const count = form.querySelector<HTMLElement>('[data-search-count]')!;
  const more = form.querySelector<HTMLElement>('[data-search-more]')!;
  const announcer = form.querySelector<HTMLElement>('[data-search-announce]')!;
  let { t, locale, extra } = readClientStrings(undefined);
  const stringsLoaded = fetch(withBase(searchStringsPath()))
    .then((response) => response.text())
    .then((json) => ({ t, locale, extra } = readClientStrings(json)))
    .catch(() => undefined);

  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped per search, so a slow answer to an old query never replaces a newer one. */
  let generation = 0;
  let shownFor = '';
  let filtersLoaded: Promise<unknown> | undefined;

  const isOpen = () => !panel.hidden;
  function open(): void {
    if (!shownFor) return;
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }
  function close(): void {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function setActive(index: number): void {
    options[active]?.removeAttribute('aria-selected');
    active = index;
    const option = options[active];
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  /** "See all results" and one link per type, each to /search/ with the query (and the type). */
  function searchUrl(q: string, type?: string): string {
    const state: SearchState = { q, filters: Object.fromEntries(filterKeys.map((key) => [key, [] as string[]])) as SearchState['filters'] };
    if (type) state.filters.type = [type];
    const url = new URL(form.action);
    url.search = writeState(state);
    return url.pathname + url.search;
  }

  function option(id: string, href: string, className: string, ...children: Node[]): HTMLAnchorElement {
    const link = element('a', className);
    link.id = id;
    link.href = href;
    link.setAttribute('role', 'option');
    // Options are reached with the arrow keys from the box; Tab leaves the combobox.
    link.tabIndex = -1;
    link.append(...children);
    return link;
  }

  function render(q: string, pages: PagefindResultData[], total: number, types: Record<string, number>): void {
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    pages.forEach((data, index) => {
      const title = element('span', 'option-title', data.meta.title ?? data.url);
      options.push(option(`site-search-option-${index}`, data.url, 'search-option', title, resultFacts(data.meta, 'span'), resultExcerpt(data.excerpt, 'span')));
      matchingSections(data, sectionLimit).forEach((section, sub) => {
        options.push(option(`site-search-option-${index}-${sub}`, section.url, 'search-option sub', element('span', 'option-title', section.title), resultExcerpt(section.excerpt, 'span')));
      });
    });
    listbox.replaceChildren(...options);
    listbox.hidden = options.length === 0;
    count.textContent = total ? t('search.count', { count: total }) : t('search.none', { query: q });
    const all = element('a', 'search-all', t('search.seeAll'));
    all.href = searchUrl(q);
    const byType = orderValues('type', Object.keys(types).filter((type) => types[type]), extra.typeOrder, locale).map((type) => {
      const link = element('a', '', t('search.ofType', { type, count: types[type]! }));
      link.href = searchUrl(q, type);
      return link;
    });
    more.replaceChildren(...(total ? [all, ...byType] : []));
    announcer.textContent = total ? t('search.announce', { count: total, query: q }) : t('search.noneAnnounce', { query: q });
    shownFor = q;
    open();
  }

  async function run(): Promise<void> {
    const q = input.value.trim();
    const mine = ++generation;
    if (q.length < minLength) {
      shownFor = '';
      close();
      announcer.textContent = '';
      return;
    }
    try {
      // Named here, not in the page, so a page that is never searched carries no trace of Pagefind.
      const [api] = await Promise.all([loadPagefind(withBase(pagefindScriptPath()), withBase('/')), stringsLoaded]);
      // Pagefind counts a result's filter values only once the filters have been loaded.
      filtersLoaded ??= api.filters();
      await filtersLoaded;
      const search = await api.search(q);
      if (!search || mine !== generation) return;
      const pages = await Promise.all(search.results.slice(0, pageLimit).map((result) => result.data()));
      if (mine !== generation) return;
      render(q, pages, search.results.length, search.filters?.type ?? {});
    } catch {
      await stringsLoaded;
      if (mine !== generation) return;
      listbox.replaceChildren();
      listbox.hidden = true;
      more.replaceChildren();
      count.textContent = t(unavailableKey());
      announcer.textContent = count.textContent;
      shownFor = q;
      open();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!options.length) return;
      event.preventDefault();
      if (!isOpen()) open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 && step < 0 ? options.length - 1 : (active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && isOpen() && options[active]) {
      // With no option chosen, Enter submits the form: all results on /search/.
      event.preventDefault();
      location.assign(options[active]!.href);
    } else if (event.key === 'Escape' && isOpen()) {
      // The first Escape closes the list; a second one clears the box (the browser's own).
      event.preventDefault();
      close();
    }
  });

  input.addEventListener('focus', () => { if (shownFor && shownFor === input.value.trim()) open(); });
  // Close when focus leaves the form (Tab past the last link) or a click lands elsewhere.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (isOpen() && !form.contains(event.target as Node)) close();
  });

  // The letters typed before this module arrived.
  void run();
}
