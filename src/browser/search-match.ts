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

/** The parts of a loaded Pagefind result (a "fragment") the checks below read. */
export interface LocatedResult {
  /** The page's text; Chinese pages have their words separated by zero-width spaces. */
  raw_content?: string;
  content: string;
  /** The matched words, by position in the text, with their weight (1 body text, more in titles, headings and takeaways). */
  weighted_locations: { weight: number; location: number }[];
}

/** The page's words, split exactly as Pagefind splits them to place its locations. */
export function pageWords(result: LocatedResult): string[] {
  const text = result.raw_content ?? result.content;
  return text.includes('\u200B') ? text.split('\u200B') : text.split(/[\r\n\s]+/g);
}

/** For each query word, where it really stands in the page: positions and their weights. */
export function wordPositions(result: LocatedResult, words: string[]): { location: number; weight: number }[][] {
  const text = pageWords(result);
  return words.map((word) => result.weighted_locations.filter((l) => text[l.location] !== undefined && standsFor(text[l.location], word)));
}

/** Text folded for phrase checks: lowercase words separated by single spaces; Chinese runs kept whole. */
function foldForPhrase(text: string, han: boolean): string {
  const lower = text.toLowerCase().replace(/\u200B/g, han ? '' : ' ');
  // Chinese is written without spaces, so a Chinese phrase is looked for with spaces and punctuation gone.
  return han ? lower.replace(/[^\p{L}\p{N}]/gu, '') : ` ${lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Whether the page's text holds `phrase` word for word (whole words, any punctuation or case between them; Chinese as written, spaces aside). */
export function containsPhrase(result: LocatedResult, phrase: string): boolean {
  const han = hasHan(phrase);
  const needle = foldForPhrase(phrase, han);
  if (needle.trim() === '') return true;
  return foldForPhrase(result.raw_content ?? result.content, han).includes(needle);
}

/**
 * Whether a loaded result really holds the query: every word at a place Pagefind matched (not a
 * lucky prefix), and every phrase word for word. Pagefind leaves out of its "all words" rule a
 * word the index does not have at all, so this is where "every word must be found" is kept.
 */
export function holdsQuery(result: LocatedResult, words: string[], phrases: string[]): boolean {
  return wordPositions(result, words).every((positions) => positions.length > 0) && phrases.every((phrase) => containsPhrase(result, phrase));
}

/**
 * How well a loaded result matches, for "best match" (higher first):
 * 2: the words stand together (at most one other word between any two) in the title, a heading or a takeaway;
 * 1: they stand together in the text;
 * 0: they are scattered.
 * A one-word query is "together" wherever it is found, so it ranks by where: title, heading, takeaway or text.
 */
export function matchTier(result: LocatedResult, words: string[]): 0 | 1 | 2 {
  const positions = wordPositions(result, words).filter((list) => list.length > 0);
  if (positions.length === 0) return 0;
  let best: 0 | 1 | 2 = 0;
  // Each place the first word stands, with the nearest place of every other word.
  for (const start of positions[0]) {
    const group = [start, ...positions.slice(1).map((list) => list.reduce((a, b) => (Math.abs(b.location - start.location) < Math.abs(a.location - start.location) ? b : a)))];
    const locations = group.map((p) => p.location);
    const span = Math.max(...locations) - Math.min(...locations);
    if (span > 2 * (new Set(locations).size - 1)) continue;
    // Weight above 1 is the title (9), a heading (h2: 6) or a takeaway (7); body text is 1.
    const tier = group.every((p) => p.weight > 1) ? 2 : 1;
    if (tier > best) best = tier;
    if (best === 2) break;
  }
  return best;
}

/**
 * Whether Pagefind's matched positions (known before a result is loaded) have as many matches
 * next to each other as the query has words: a cheap sign that the words stand together.
 */
export function adjacentMatches(locations: number[], wordCount: number): boolean {
  if (wordCount <= 1) return locations.length > 0;
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  for (let i = 0; i + wordCount - 1 < sorted.length; i++) {
    if (sorted[i + wordCount - 1] - sorted[i] <= 2 * (wordCount - 1)) return true;
  }
  return false;
}
