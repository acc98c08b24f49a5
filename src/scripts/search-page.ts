/**
 * The /search/ page: loads Pagefind's browser API (built by the pagefind integration)
 * and renders results and filters with the site's own markup (the pieces a result shares
 * with the header's results-as-you-type are in ./search/). The URL always mirrors the
 * query and filters, so results can be shared. Its words come from the page
 * (`data-strings`, in the site's language).
 */
import { loadPagefind, unavailableKey, type PagefindApi, type PagefindResult, type PagefindResultData } from './search/pagefind.ts';
import { readClientStrings } from '../i18n/client.ts';
import { element, resultExcerpt, resultFacts } from './search/result-parts.ts';
import { describeCount, filterKeys, filterLabels, isActive, orderValues, pagefindFilters, readState, writeState, type FilterKey, type SearchState } from '../lib/search-state.ts';

const pageSize = 10;
const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const form = root.querySelector('form')!;
const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const filtersWrap = root.querySelector<HTMLDetailsElement>('[data-search-filters-wrap]')!;
const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
const { t, locale, extra } = readClientStrings(root.dataset.strings);
const typeOrder = extra.typeOrder ?? [];

let state: SearchState = readState(location.search);
input.value = state.q;
let pagefind: PagefindApi | undefined;
let allFilters: Record<string, Record<string, number>> = {};
let current: PagefindResult[] = [];
let shown = 0;
/** Bumped per search, so a slow answer to an old query never overwrites a newer one. */
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

async function load(): Promise<PagefindApi | undefined> {
  if (pagefind) return pagefind;
  status.textContent = t('search.loading');
  try {
    const api = await loadPagefind(root.dataset.pagefind!, root.dataset.base ?? '/');
    allFilters = await api.filters();
    pagefind = api;
    return api;
  } catch {
    status.textContent = t(unavailableKey());
    return undefined;
  }
}

async function run(): Promise<void> {
  const mine = ++generation;
  history.replaceState(null, '', location.pathname + writeState(state) + location.hash);
  if (!isActive(state)) {
    current = [];
    render(0, allFilters);
    status.textContent = pagefind ? t('search.prompt') : status.textContent;
    return;
  }
  const api = await load();
  if (!api || mine !== generation) return;
  const search = await api.search(state.q || null, { filters: pagefindFilters(state) });
  if (!search || mine !== generation) return;
  current = search.results;
  // Counts for the query as if no filter were set, so picking one type doesn't hide the others.
  await render(current.length, search.totalFilters);
  if (mine === generation) status.textContent = describeCount(current.length, state, t);
}

async function render(count: number, counts: Record<string, Record<string, number>>): Promise<void> {
  renderFilters(counts);
  list.replaceChildren();
  shown = 0;
  if (count) await showMore();
  else more.hidden = true;
}

async function showMore(): Promise<void> {
  const mine = generation;
  const batch = await Promise.all(current.slice(shown, shown + pageSize).map((r) => r.data()));
  if (mine !== generation) return;
  for (const data of batch) list.append(resultItem(data));
  shown += batch.length;
  more.hidden = shown >= current.length;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  item.append(link, resultFacts(data.meta), resultExcerpt(data.excerpt));
  return item;
}

function renderFilters(counts: Record<string, Record<string, number>>): void {
  const groups = filterKeys.map((key) => filterGroup(key, counts[key] ?? {})).filter((group) => group.querySelector('input'));
  filtersBox.replaceChildren(...groups);
  filtersWrap.hidden = groups.length === 0;
}

function filterGroup(key: FilterKey, counts: Record<string, number>): HTMLFieldSetElement {
  const fieldset = element('fieldset');
  fieldset.append(element('legend', '', t(filterLabels[key])));
  const options = element('div', 'filter-options');
  for (const value of orderValues(key, Object.keys(allFilters[key] ?? {}), typeOrder, locale)) {
    const label = element('label');
    const checked = state.filters[key].includes(value);
    const count = (isActive(state) ? counts : allFilters[key] ?? {})[value] ?? 0;
    // Options that would find nothing are noise; a checked one stays so it can be unchecked.
    if (count === 0 && !checked) continue;
    const box = element('input');
    box.type = 'checkbox';
    box.name = key;
    box.value = value;
    box.checked = checked;
    label.append(box, ` ${value} `, element('span', 'count', `(${new Intl.NumberFormat(locale).format(count)})`));
    options.append(label);
  }
  fieldset.append(options);
  return fieldset;
}

input.addEventListener('input', () => {
  state = { ...state, q: input.value.trim() };
  clearTimeout(timer);
  timer = setTimeout(run, 120);
});

// Re-rendering the filters would drop keyboard focus; restore it to the same checkbox.
filtersBox.addEventListener('change', async (event) => {
  const box = event.target as HTMLInputElement;
  const key = box.name as FilterKey;
  const values = new Set(state.filters[key]);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  state = { ...state, filters: { ...state.filters, [key]: [...values] } };
  await run();
  filtersBox.querySelector<HTMLInputElement>(`input[name="${CSS.escape(key)}"][value="${CSS.escape(box.value)}"]`)?.focus();
});

// Enter in the box opens the best match; results already follow the typing.
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearTimeout(timer);
  state = { ...state, q: input.value.trim() };
  await run();
  const first = list.querySelector('a');
  if (first) location.assign(first.href);
});

// Down arrow from the box moves into the results, as in most search UIs.
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    const first = list.querySelector('a');
    if (first) { event.preventDefault(); first.focus(); }
  }
});

more.addEventListener('click', () => void showMore());

filtersWrap.open = matchMedia('(min-width: 60rem)').matches || filterKeys.some((key) => state.filters[key].length > 0);
void load().then(run);
if (!state.q) input.focus();
