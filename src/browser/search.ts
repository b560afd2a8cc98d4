/**
 * The search page, on Pagefind's JS API: the query and filters live in the URL (a search can
 * be shared), results show the issue with up to three section sub-results, and every text
 * from the index is inserted as text (with <mark> for matches), never as HTML.
 */
import { formatDay } from '../data/format-date';
import { markedWords, matchesQuery, segmentChinese } from './search-match';

interface SubResult { title: string; url: string; excerpt: string }
interface ResultData { url: string; excerpt: string; meta: Record<string, string>; sub_results: SubResult[] }
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<ResultData> }[] }>;
}

const MAX_RESULTS = 20;
const MAX_SUB_RESULTS = 3;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export async function runSearchPage(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-query') as HTMLInputElement;
  const publisher = document.getElementById('search-publisher') as HTMLSelectElement;
  const month = document.getElementById('search-month') as HTMLSelectElement;
  const sort = document.getElementById('search-sort') as HTMLSelectElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'newest' ? 'newest' : 'relevance';

  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, highlightParam: 'highlight' });
  // Chinese and bilingual briefings are indexed as Chinese in a bundle of their own.
  if (form.dataset.chineseBundle) await pagefind.mergeIndex(form.dataset.chineseBundle, { language: 'zh', baseUrl: base, highlightParam: 'highlight' });
  publisher.value = params.get('publisher') ?? '';
  month.value = params.get('month') ?? '';

  let generation = 0;
  const run = async () => {
    const query = input.value.trim();
    const current = ++generation;
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    if (publisher.value) next.set('publisher', publisher.value);
    if (month.value) next.set('month', month.value);
    if (sort.value === 'newest') next.set('sort', 'newest');
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    list.replaceChildren();
    if (!query) {
      status.textContent = 'Type a word or phrase: a person, a place, a policy ("No. 1 Document").';
      return;
    }
    const search = await pagefind.search(segmentChinese(query), {
      filters: { ...(publisher.value && { publisher: publisher.value }), ...(month.value && { month: month.value }) },
      sort: sort.value === 'newest' ? { date: 'desc' } : undefined,
    });
    const loaded = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (current !== generation) return;
    const results = loaded.map((result) => keepMatching(result, query)).filter((result) => result !== null);
    const more = search.results.length > MAX_RESULTS;
    status.textContent = results.length === 0 && !more
      ? `Nothing found for “${query}”. Try fewer or other words, or another publisher or month.`
      : `${more ? `The best ${results.length} of ${search.results.length}` : results.length} ${results.length === 1 && !more ? 'issue' : 'issues'} found for “${query}”.`;
    for (const result of results) list.append(renderResult(result));
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 200);
  });
  publisher.addEventListener('change', run);
  month.addEventListener('change', run);
  sort.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  await run();
}

/** The result with only the sections that really match, or null if nothing in it does. */
function keepMatching(result: ResultData, query: string): ResultData | null {
  const matches = (excerptHtml: string) => matchesQuery(markedWords(excerptHtml), query);
  const subResults = result.sub_results.filter((sub) => matches(sub.excerpt));
  if (!matches(result.excerpt) && subResults.length === 0) return null;
  return { ...result, sub_results: subResults };
}

function renderResult(result: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [result.meta.date ? formatDay(result.meta.date) : 'Undated', result.meta.publisher].filter(Boolean).join(' · ');
  item.append(heading, meta);
  // Sub-results are the sections (headings with ids); a match in the title opens the top.
  const subs = result.sub_results.filter((sub) => sub.url !== result.url && sub.url.includes('#')).slice(0, MAX_SUB_RESULTS);
  if (subs.length === 0) item.append(excerpt(result.excerpt));
  else {
    const sections = document.createElement('ul');
    sections.className = 'sub-results';
    for (const sub of subs) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      li.append(a, excerpt(sub.excerpt));
      sections.append(li);
    }
    item.append(sections);
  }
  return item;
}

/** An excerpt with Pagefind's <mark> tags turned into elements and everything else into text. */
function excerpt(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'excerpt';
  html.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = decode(marked[1]);
      p.append(mark);
    } else p.append(decode(part));
  });
  return p;
}

/** Pagefind escapes page text in excerpts; turn entities back into characters (as text). */
function decode(text: string): string {
  return new DOMParser().parseFromString(`<!doctype html><body>${text.replace(/</g, '&lt;')}`, 'text/html').body.textContent ?? '';
}
