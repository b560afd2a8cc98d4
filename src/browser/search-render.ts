/**
 * A search result as DOM: the title, date and publisher, and up to three of its
 * sections that really match. Every text from the index is inserted as text, with Pagefind's
 * `<mark>` turned into elements, never parsed as HTML.
 */
import { formatDay } from '../data/format-date';
import { markedWords, matchesQuery } from './search-match';

export interface SubResult { title: string; url: string; excerpt: string }
export interface ResultData { url: string; excerpt: string; meta: Record<string, string>; sub_results: SubResult[] }

const MAX_SUB_RESULTS = 3;

/** The result's list item; `terms` are what a marked word may stand for (`markTerms`), to pick the sections that match. */
export function renderResult(result: ResultData, terms: string[]): HTMLLIElement {
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
  const subs = matchingSections(result, terms);
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

/**
 * The sections (headings with ids; a match in the title opens the top) whose excerpt marks a
 * real query word, those marking the most different query words first.
 */
function matchingSections(result: ResultData, terms: string[]): SubResult[] {
  const covered = (sub: SubResult) => terms.filter((word) => matchesQuery(markedWords(sub.excerpt), word)).length;
  return result.sub_results
    .filter((sub) => sub.url !== result.url && sub.url.includes('#'))
    .map((sub) => ({ sub, covered: covered(sub) }))
    .filter(({ covered }) => covered > 0)
    .sort((a, b) => b.covered - a.covered)
    .slice(0, MAX_SUB_RESULTS)
    .map(({ sub }) => sub);
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
