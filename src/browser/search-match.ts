/**
 * Query handling the search page adds on top of Pagefind, kept pure so it can be tested.
 *
 * Pagefind matches leniently: when a query word is not in the index it also matches shorter
 * index words that begin the query ("Farhan" finds "far", "soybean" finds a stray "s"). A page
 * is shown only if a word Pagefind marked in it really stands for a query word: it shares with
 * it a prefix long enough to be the same word (stemming, plural, a word still being typed).
 */

import { hasHan } from '../pipeline/text/line-shape';

/**
 * Splits runs of Chinese characters into words, as the index was split. Pagefind segments a
 * query only when the page itself is Chinese; the search page is English, so it is done here
 * with the browser's dictionary segmenter (Intl.Segmenter, ICU). Other text is left alone.
 */
export function segmentChinese(query: string): string {
  if (!hasHan(query)) return query;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(query)].filter((s) => s.isWordLike).map((s) => s.segment).join(' ');
}

/** The texts Pagefind wrapped in `<mark>` in an excerpt. */
export function markedWords(excerptHtml: string): string[] {
  return [...excerptHtml.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]);
}

const simplify = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether `marked` is an occurrence of the query word `term` rather than a lucky prefix. */
export function standsFor(marked: string, term: string): boolean {
  const a = simplify(marked);
  const b = simplify(term);
  if (a === '' || b === '') return false;
  if (hasHan(b)) return a.includes(b) || b.includes(a);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  // A word and its inflections share most of their letters ("policies"/"policy": 5 of 8);
  // a typed prefix ("soyb") is whole. Short words must match whole.
  return common >= Math.min(b.length, Math.max(4, Math.ceil(b.length * 0.6)));
}

/** Whether any marked word stands for any word of the query. */
export function matchesQuery(marks: string[], query: string): boolean {
  const terms = query.split(/\s+/).filter((term) => simplify(term) !== '');
  return marks.some((mark) => terms.some((term) => standsFor(mark, term)));
}
