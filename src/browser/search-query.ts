/**
 * What a reader typed, read as the search form promises: every word must be found, and words in
 * "quotes" must stand together as a phrase. Pure, so it is tested without a browser.
 */
import { hasHan } from '../pipeline/text/line-shape';
import { segmentChinese } from './search-match';

/** A query taken apart: what must be found, and the term Pagefind ranks by. */
export interface ParsedQuery {
  /** The query as typed, trimmed (shown back to the reader). */
  text: string;
  /** Every non-Chinese word, quoted or not, each once, lowercased: each must be at a place Pagefind matched. */
  words: string[];
  /**
   * Texts that must be in the issue word for word: each quoted phrase, and each run of Chinese
   * typed (Pagefind's query-time and index-time Chinese segmentation can disagree, its issue
   * #1237, so Chinese is checked as written rather than word by word).
   */
  texts: string[];
  /** Separate Pagefind searches an issue must be in the results of: each loose word, each English phrase in quotes (Pagefind ignores a word its index lacks in a search of many words). */
  searches: string[];
  /** The term for Pagefind's ranked search: every word, unquoted, Chinese segmented. */
  rankTerm: string;
}

const HAN_RUN = /(\p{Script=Han}+)/u;

/** Splits `text` into words and quoted phrases. */
export function parseQuery(text: string): ParsedQuery {
  const trimmed = text.trim();
  const phrases: string[] = [];
  // Straight and curly double quotes both open and close a phrase (phones type curly ones); an unclosed one runs to the end.
  const outside = trimmed.replace(/["“”„]([^"“”„]*)(?:["“”„]|$)/g, (_, inner: string) => {
    if (/[\p{L}\p{N}]/u.test(inner)) phrases.push(inner.trim().replace(/\s+/g, ' '));
    return ' ';
  });
  const loose = outside.split(/\s+/).flatMap((token) => token.split(HAN_RUN)).filter((part) => /[\p{L}\p{N}]/u.test(part));
  const hanRuns = loose.filter((part) => hasHan(part));
  const looseWords = unique(loose.filter((part) => !hasHan(part)).map((word) => word.toLowerCase()));
  const phraseWords = phrases.flatMap((phrase) => phrase.split(/\s+/).flatMap((token) => token.split(HAN_RUN)).filter((part) => /[\p{L}\p{N}]/u.test(part) && !hasHan(part)));
  const words = unique([...looseWords, ...phraseWords.map((word) => word.toLowerCase())]);
  // An English phrase is searched in quotes, Pagefind's exact mode (its words next to each other, in order).
  const searches = unique([...looseWords, ...phrases.flatMap((phrase) => (hasHan(phrase) ? phraseWords.filter((word) => phrase.includes(word)).map((word) => word.toLowerCase()) : [`"${phrase}"`]))]);
  const rankTerm = [...loose, ...phrases].map((part) => segmentChinese(part)).join(' ').replace(/\s+/g, ' ').trim();
  return { text: trimmed, words, texts: unique([...phrases, ...hanRuns]), searches, rankTerm };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Every month from `from` to `to` (`yyyy-mm`, either order), for Pagefind's `month` filter. */
export function monthsBetween(from: string, to: string): string[] {
  const [start, end] = from <= to ? [from, to] : [to, from];
  const months: string[] = [];
  let [year, month] = start.split('-').map(Number);
  // Bounded: a hand-edited URL with a far-off year must not build a huge list.
  while (months.length < 1200) {
    const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (value > end) break;
    months.push(value);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** Whether `value` is a `yyyy-mm` month. */
export function isMonth(value: string | null): value is string {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** What a marked word in an excerpt may stand for: the words, and the Chinese typed (a marked Chinese word is a piece of it). */
export function markTerms(query: ParsedQuery): string[] {
  return [...query.words, ...query.texts.filter((text) => hasHan(text))];
}
