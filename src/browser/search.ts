/**
 * The search page, on Pagefind's JS API. The query, publisher, date range and order live in the
 * URL (a search can be shared). Every word typed must be found and a "quoted phrase" is found
 * whole (search-query.ts, search-match.ts); results come ten at a time (search-results.ts), and
 * every text from the index is inserted as text (search-render.ts).
 */
import { isMonth, markTerms, monthsBetween, parseQuery } from './search-query';
import { renderResult, type ResultData } from './search-render';
import { ResultPager, type Hit, type Loaded, type Order } from './search-results';

type PageData = ResultData & Loaded;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: Hit<PageData>[] }>;
}

/** Results shown at a time: each costs one fragment download (a few kB) when shown, not before. */
const PAGE_SIZE = 10;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export async function runSearchPage(): Promise<void> {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-query');
  const publisher = byId<HTMLSelectElement>('search-publisher');
  const from = byId<HTMLSelectElement>('search-from');
  const to = byId<HTMLSelectElement>('search-to');
  const sort = byId<HTMLSelectElement>('search-sort');
  const status = byId('search-status');
  const list = byId<HTMLOListElement>('search-results');
  const more = byId<HTMLButtonElement>('search-more');

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'newest' ? 'newest' : 'relevance';
  // `month=` was the one-month filter of earlier shared links: it is a range of one month.
  const month = params.get('month');
  setChoice(from, params.get('from') ?? month);
  setChoice(to, params.get('to') ?? month);

  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, highlightParam: 'highlight' });
  // Chinese and bilingual briefings are indexed as Chinese in a bundle of their own.
  if (form.dataset.chineseBundle) await pagefind.mergeIndex(form.dataset.chineseBundle, { language: 'zh', baseUrl: base, highlightParam: 'highlight' });
  setChoice(publisher, params.get('publisher'));

  let generation = 0;
  let pager: ResultPager<PageData> | null = null;
  let found = 0;
  let shown = 0;
  let queryText = '';

  const report = () => {
    // A query with its own quotes is shown as typed; otherwise in quotation marks.
    const asked = /["“”„]/.test(queryText) ? queryText : `“${queryText}”`;
    const total = found - (pager?.dropped ?? 0);
    const issues = total === 1 ? 'issue' : 'issues';
    status.textContent = total <= 0
      ? `Nothing found for ${asked}. ${/["“”„]/.test(queryText) ? 'A phrase in quotes must be found word for word: try it without the quotes' : 'Every word must be found: try fewer or other words'}, another publisher or other dates.`
      : `${total} ${issues} found for ${asked}${shown < total ? `; showing ${shown}` : ''}.`;
    more.hidden = !pager || pager.left === 0;
  };

  /** Shows the next page of results; `focus` moves the keyboard to its first one ("More results"). */
  const showMore = async (current: number, focus: boolean) => {
    if (!pager) return;
    more.disabled = true;
    const page = await pager.next(PAGE_SIZE);
    if (current !== generation) return;
    const items = page.map((data) => renderResult(data, markTerms(parseQuery(queryText))));
    list.append(...items);
    shown += items.length;
    more.disabled = false;
    report();
    if (focus) items[0]?.querySelector('a')?.focus();
  };

  const run = async () => {
    const query = parseQuery(input.value);
    const current = ++generation;
    writeUrl(query.text, publisher.value, from.value, to.value, sort.value);
    list.replaceChildren();
    pager = null;
    more.hidden = true;
    if (query.words.length === 0 && query.texts.length === 0) {
      status.textContent = 'Type a word or phrase: a person, a place, a policy ("No. 1 Document").';
      return;
    }
    const order: Order = sort.value === 'newest' ? 'newest' : 'relevance';
    const filters: Record<string, unknown> = {};
    if (publisher.value) filters.publisher = publisher.value;
    if (from.value || to.value) {
      // An open end of the range runs to the archive's first or last month (the choices offered).
      const offered = [...to.options].map((option) => option.value).filter(isMonth).sort();
      filters.month = { any: monthsBetween(from.value || offered[0], to.value || offered[offered.length - 1]) };
    }
    // The ranked search has every word; Pagefind ignores a word its index lacks, so each word
    // and phrase is also searched alone (same index chunks, nothing more to download) and an
    // issue must be in every one of those results.
    const [main, ...required] = await Promise.all([
      pagefind.search(query.rankTerm, { filters, sort: order === 'newest' ? { date: 'desc' } : undefined }),
      ...query.searches.filter((term) => term !== query.rankTerm).map((term) => pagefind.search(term)),
    ]);
    if (current !== generation) return;
    const sets = required.map((search) => new Set(search.results.map((hit) => hit.id)));
    const hits = main.results.filter((hit) => sets.every((set) => set.has(hit.id)));
    pager = new ResultPager(hits, order, query);
    found = hits.length;
    shown = 0;
    queryText = query.text;
    await showMore(current, false);
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 200);
  });
  for (const select of [publisher, from, to, sort]) select.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  more.addEventListener('click', () => showMore(generation, true));
  await run();
}

/** Selects `value` if the list offers it (a hand-edited URL may name anything), else "Any". */
function setChoice(select: HTMLSelectElement, value: string | null): void {
  select.value = value ?? '';
  if (select.value !== (value ?? '')) select.value = '';
}

/** Puts the search in the address bar (replacing, so Back leaves the page rather than undoing keystrokes). */
function writeUrl(q: string, publisher: string, from: string, to: string, sort: string): void {
  const next = new URLSearchParams();
  if (q) next.set('q', q);
  if (publisher) next.set('publisher', publisher);
  if (isMonth(from)) next.set('from', from);
  if (isMonth(to)) next.set('to', to);
  if (sort === 'newest') next.set('sort', 'newest');
  history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
}
