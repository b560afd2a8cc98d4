import { topLevelAlternatives } from './first-character-alternation';

/**
 * Case-insensitive tests of plain word patterns, run without the `u` flag wherever that gives
 * the same answer. V8 matches `iu` patterns through Unicode case folding: the title stage's UI
 * vocabulary ran 15 times slower so (measured on 21,000 short lines of the benchmark corpus),
 * and such patterns run on every line of every file.
 *
 * Why it is the same answer: for a pattern without `\p{…}`, `\u{…}` or astral characters, `i`
 * with and without `u` differ only on (1) U+017F ſ and U+212A (Kelvin sign), which fold to `s`
 * and `k` (and are word characters for `\b`) only with `u`, and (2) surrogate pairs, one
 * character with `u`, two without. A text holding any of these is tested with the `iu` pattern.
 */
const FOLDS_DIFFERENTLY = /[\u017f\u212a\ud800-\udfff]/;

/**
 * A test-only view of `pattern` (flags `iu`), fast for the texts where `u` changes nothing. A
 * pattern whose every alternative starts with `^` is tried at the text's start only, where `u`
 * costs nothing: it is returned as it is, since looking for the characters above first would
 * scan the whole line for a test that fails at its first characters.
 */
export function caseless(pattern: RegExp): { test(text: string): boolean } {
  if (pattern.flags !== 'iu' || /\\[pPu]\{|[\ud800-\udfff]/.test(pattern.source)) {
    throw new Error(`caseless: only plain 'iu' patterns (${pattern.source.slice(0, 40)})`);
  }
  if (topLevelAlternatives(pattern.source).every((alternative) => alternative.startsWith('^'))) return pattern;
  const plain = new RegExp(pattern.source, 'i');
  return { test: (text) => (FOLDS_DIFFERENTLY.test(text) ? pattern : plain).test(text) };
}
