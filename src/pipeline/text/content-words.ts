/**
 * Content words of a text, for the title's overlap with the body (evidence/title-score.ts):
 * its lower-case words of 4+ letters (a possessive `'s` cut off) and, in Chinese, every pair
 * of characters. Defined as: the lower-cased text's runs of `[\p{L}\p{N}'’-]`; a run with a
 * character in U+3400–U+9FFF gives its pairs of code units, any other run of 4+ code units
 * gives itself (see `contentWordsByRegExp`, which tests/pipeline hold this to).
 *
 * Why a scanner: the title chooser reads the first dozen body paragraphs of every file; done
 * with `match` and a test and a `replace` per word this was 5% of the ingest (measured at
 * 10,000 files). Scanning codes against a table makes no string for the short words, which are
 * half of them.
 */

/** Whether each BMP code unit is a word character (`[\p{L}\p{N}'’-]`); surrogates are not. */
const WORD_UNIT = wordUnitTable();
const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;
/** Words shorter than this carry no topic ("the", "and", "with"). */
const MIN_CONTENT_WORD = 4;

function wordUnitTable(): Uint8Array {
  const table = new Uint8Array(1 << 16);
  const units = new Uint16Array(1 << 16);
  for (let code = 0; code < units.length; code++) units[code] = code;
  // Surrogates stay out: the scanner reads a pair as one code point (as the `u` flag does).
  units.fill(32, 0xd800, 0xe000);
  const all = new TextDecoder('utf-16le').decode(units);
  for (const match of all.matchAll(/[\p{L}\p{N}'’-]/gu)) table[match.index] = 1;
  return table;
}

/** The content words of `text` (see the module comment). */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  eachContentWord(text, null, (word) => words.add(word));
  return words;
}

/**
 * How many of `texts` have each of the `wanted` words among their content words. Only the
 * wanted words are counted (a title's few, against a dozen paragraphs: no set per paragraph).
 */
export function countContentWords(texts: readonly string[], wanted: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  // Most of a paragraph's words are not wanted: telling so by their shape (length and end
  // letters) in a table, before making a string of the word (see shapeOf).
  const shapes = shapeTable.fill(0);
  for (const word of wanted) shapes[shapeOf(word, 0, word.length)] = 1;
  for (const text of texts) {
    const seen = new Set<string>();
    eachContentWord(text, shapes, (word) => {
      if (!wanted.has(word) || seen.has(word)) return;
      seen.add(word);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    });
  }
  return counts;
}

/**
 * A word's length and first and last code units, hashed to 16 bits (`word` is `text[start, end)`).
 * Words of one shape may differ (the caller's `wanted` decides); a wanted word always passes.
 * A small integer looked up in a table: as a float (length · 2³² + …) in a Set, each word's
 * shape was a number allocated and hashed.
 */
function shapeOf(text: string, start: number, end: number): number {
  return (Math.imul(end - start, 0x9e3779b1) ^ Math.imul(text.charCodeAt(start), 0x85ebca6b) ^ text.charCodeAt(end - 1)) >>> 16;
}
const shapeTable = new Uint8Array(1 << 16);

/**
 * Calls `visit` with each content word of `text`, in order, repeats included; given `shapes`,
 * only with the words whose shape (`shapeOf`) is marked in it.
 */
function eachContentWord(text: string, shapes: Uint8Array | null, visit: (word: string) => void): void {
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    // Skip to the start of a word.
    const start = i;
    let cjk = false;
    for (;;) {
      if (i >= n) break;
      const code = lower.charCodeAt(i);
      if (WORD_UNIT[code] === 1) {
        if (code >= 0x3400 && code <= 0x9fff) cjk = true;
        i++;
      } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n && isLowSurrogate(lower.charCodeAt(i + 1)) && ASTRAL_WORD.test(lower.slice(i, i + 2))) {
        i += 2;
      } else {
        break;
      }
    }
    if (i === start) {
      i++;
      continue;
    }
    const length = i - start;
    if (cjk) {
      for (let k = start; k + 1 < i; k++) if (!shapes || shapes[shapeOf(lower, k, k + 2)] === 1) visit(lower.slice(k, k + 2));
    } else if (length >= MIN_CONTENT_WORD) {
      const possessive = lower.charCodeAt(i - 1) === 115 && (lower.charCodeAt(i - 2) === 39 || lower.charCodeAt(i - 2) === 0x2019);
      const end = possessive ? i - 2 : i;
      if (!shapes || shapes[shapeOf(lower, start, end)] === 1) visit(lower.slice(start, end));
    }
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The definition `contentWords` computes, written with regular expressions (for the tests). */
export function contentWordsByRegExp(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []) {
    if (/[\u3400-\u9fff]/u.test(word)) {
      for (let k = 0; k + 1 < word.length; k++) words.add(word.slice(k, k + 2));
    } else if (word.length >= MIN_CONTENT_WORD) {
      words.add(word.replace(/['’]s$/u, ''));
    }
  }
  return words;
}
