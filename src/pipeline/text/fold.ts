/**
 * The comparison form of a text: compatibility-folded, lower case, quotes and dashes made
 * plain, punctuation dropped, whitespace single. Never shown to readers. One pass over the
 * characters, each looked up in one table that lower-cases and folds at once: it runs on
 * nearly every line of every file, and the plain form (foldEachStep: NFKC where needed, then
 * toLowerCase, then the fold table) cost 13 ns a character. The few characters the table
 * cannot answer for alone (see FOLD_LOWER) send the text down that plain path.
 */
export function fold(text: string): string {
  return foldThrough(text, FOLD_LOWER) ?? foldEachStep(text);
}

/** The definition of `fold`, step by step: what `fold` computes, for any text. */
export function foldEachStep(text: string): string {
  // NFKC is costly; run it only where it changes something (ligatures, full-width forms,
  // superscripts, compatibility ideographs), which is rare in briefings.
  const lower = (COMPATIBILITY.test(text) ? text.normalize('NFKC') : text).toLowerCase();
  return foldThrough(lower, FOLDED)!;
}

/**
 * Each code unit of `text` looked up in `table`: kept as mapped, or a word break (runs of them
 * become one space, none at the ends). Null when the table says PLAIN_PATH. Written into a
 * reused buffer, then made a string once: concatenating one character at a time, or a fresh
 * buffer per call, is several times slower.
 */
function foldThrough(text: string, table: Int32Array): string | null {
  const n = text.length;
  const out = n <= scratch.length ? scratch : new Uint16Array(n);
  let length = 0;
  let pendingSpace = false;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const mapped = table[text.charCodeAt(i)];
    if (mapped === SPACE_MARK) {
      pendingSpace = length > 0;
      continue;
    }
    if (mapped === PLAIN_PATH) return null;
    if (pendingSpace) out[length++] = SPACE;
    pendingSpace = false;
    out[length++] = mapped;
    bits |= mapped;
  }
  return decodeUnits(out, length, bits);
}

/**
 * The string of `length` code units. When they are all below 256 (`bits`, the OR of them all,
 * says so) it is made from bytes: V8 then stores it at one byte a character, half the memory,
 * and making it is three times faster than decoding UTF-16.
 */
function decodeUnits(units: Uint16Array, length: number, bits: number): string {
  if (bits < 256) {
    const bytes = length <= byteScratch.length ? byteScratch : Buffer.allocUnsafe(length);
    bytes.set(units.subarray(0, length));
    return bytes.toString('latin1', 0, length);
  }
  return UTF16.decode(units.subarray(0, length));
}

const UTF16 = new TextDecoder('utf-16le');
const scratch = new Uint16Array(1 << 16);
const byteScratch = Buffer.allocUnsafe(1 << 16);
const SPACE = 32;
/** In the fold tables: the character separates words (code unit 0 never survives folding). */
const SPACE_MARK = 0;
/** In FOLD_LOWER: the text must take the plain path. Not a code unit, so FOLDED never holds it. */
const PLAIN_PATH = -1;
const APOSTROPHE = 39;
const HYPHEN = 45;

const COMPATIBILITY = /[\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u0132\u0133\u013f\u0140\u017f\u01c4-\u01cc\u2024-\u2026\u2070-\u209f\u2100-\u218f\u2460-\u24ff\u3200-\u33ff\uf900-\ufaff\ufb00-\ufb4f\ufe30-\ufe6f\uff00-\uffef]/;

/** What one (lower-case) code unit becomes in the folded form: itself, another, or SPACE_MARK. */
export function foldChar(code: number): number {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return code;
  if (code === 39 || code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b || code === 0x2032 || code === 96 || code === 0xb4) return APOSTROPHE;
  if (code === 45 || (code >= 0x2010 && code <= 0x2015) || code === 0x2212) return HYPHEN;
  if (code < 128) return SPACE_MARK;
  // Punctuation and symbol blocks: Latin-1 punctuation, general punctuation, arrows to
  // dingbats, CJK and full-width punctuation. Everything else outside ASCII is a letter or digit.
  if (code <= 0xbf || code === 0xd7 || code === 0xf7) return SPACE_MARK;
  if ((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff0f)) return SPACE_MARK;
  if ((code >= 0xff1a && code <= 0xff20) || (code >= 0xfe30 && code <= 0xfe4f)) return SPACE_MARK;
  return code;
}

/** foldChar of every UTF-16 code unit, looked up instead of computed (256 KB, built once). */
const FOLDED = new Int32Array(1 << 16);
for (let code = 0; code < FOLDED.length; code++) FOLDED[code] = foldChar(code);

/**
 * foldChar of each code unit's lower case, or PLAIN_PATH where one code unit cannot say what
 * the text folds to: a compatibility character (NFKC may change it and its neighbours), half
 * of a surrogate pair (the pair lower-cases as one), capital sigma (its lower case depends on
 * whether it ends a word) and U+0130 (its lower case is two code units). Every other code unit
 * lower-cases on its own, so one toLowerCase of all of them, in order, gives each one's.
 * (Built in about 3 ms; tests/pipeline/normalize.test.ts checks all 65,536 against foldEachStep.)
 */
const FOLD_LOWER = foldLowerTable();

function foldLowerTable(): Int32Array {
  const contextual = [0x130, 0x3a3];
  const units = new Uint16Array(1 << 16);
  for (let code = 0; code < units.length; code++) units[code] = code;
  units.fill(SPACE, 0xd800, 0xe000);
  for (const code of contextual) units[code] = SPACE;
  const all = UTF16.decode(units);
  const lower = all.toLowerCase();
  if (lower.length !== all.length) throw new Error('fold: a code unit lower-cases to more than one; add it to `contextual`');
  const table = new Int32Array(1 << 16);
  for (let code = 0; code < table.length; code++) table[code] = FOLDED[lower.charCodeAt(code)];
  table.fill(PLAIN_PATH, 0xd800, 0xe000);
  for (const code of contextual) table[code] = PLAIN_PATH;
  for (const match of all.matchAll(new RegExp(COMPATIBILITY.source, 'g'))) table[match.index] = PLAIN_PATH;
  return table;
}

/**
 * The longest run of ASCII letters and digits (three or more) in a folded text, or null when it
 * has none: what foldedMayContain looks for.
 */
export function longestAsciiWord(folded: string): string | null {
  let longest = '';
  for (const word of folded.match(ASCII_WORD) ?? []) if (word.length > longest.length) longest = word;
  return longest.length >= 3 ? longest : null;
}
const ASCII_WORD = /[a-z0-9]+/g;

/**
 * A text lower-cased when it is plain: ASCII, and the punctuation briefings set between words
 * (curly quotes, dashes, the no-break space, guillemets, the ellipsis), which folds to spaces,
 * apostrophes and hyphens, never to a letter or digit. Else null. What foldedMayContain reads
 * (made once for a text asked about many times); its runs of ASCII letters and digits are the
 * folded text's.
 */
export function plainLower(text: string): string | null {
  return NOT_PLAIN.test(text) ? null : text.toLowerCase();
}
const NOT_PLAIN = /[^\x00-\x7f\u00a0\u00ab\u00bb\u2010-\u201f\u2026\u2032]/;

/**
 * Whether a text's folded form may contain `word` (a run of ASCII letters and digits), without
 * folding the text: false only when it cannot. `lowered` is plainLower(text). In plain text such
 * a run folds from the same letters in either case (every other character folds to a space, an
 * apostrophe or a hyphen), so the word must be in the lower-cased text; other text (null) may
 * fold such letters out of others (full-width forms, the Kelvin sign, ligatures), so it may always.
 */
export function foldedMayContain(lowered: string | null, word: string): boolean {
  return lowered === null || lowered.includes(word);
}

/**
 * Folded texts of the file being parsed. Stripping, pull quotes, grouping fingerprints all
 * compare the same paragraphs; each is folded once. Cleared per file (see withFoldCache).
 */
const foldCache = new Map<string, string>();

/** `fold`, memoised for the file being parsed. */
export function foldOnce(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = fold(text);
    foldCache.set(text, folded);
  }
  return folded;
}

/** Runs one file's parse with a fresh fold cache, and frees it afterwards. */
export function withFoldCache<T>(run: () => T): T {
  foldCache.clear();
  try {
    return run();
  } finally {
    foldCache.clear();
  }
}

/** Letters and digits mayFoldAlike compares from the start: enough to tell nearly any two different lines apart. */
const COMPARED_ALNUMS = 12;

/**
 * Whether `a` and `b` may fold to the same text (either may be a fold already): false only when
 * they cannot. In ASCII, a fold keeps every letter and digit, lower-cased and in order (every
 * other character folds to a space, an apostrophe or a hyphen), so two texts whose first letters
 * and digits differ fold apart. At a character beyond ASCII (which may fold to letters, or lose
 * them) it cannot tell. Why: the strip stage asks whether each line repeats the line before it,
 * and splitting asks whether each line is the title; folding them all was ~4% of a parse.
 */
export function mayFoldAlike(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (let seen = 0; seen < COMPARED_ALNUMS; seen++) {
    const p = nextAlnumAt(a, i);
    const q = nextAlnumAt(b, j);
    if (p === BEYOND_ASCII || q === BEYOND_ASCII) return true;
    if (p === NONE || q === NONE) return p === q;
    if (lowerAscii(a.charCodeAt(p)) !== lowerAscii(b.charCodeAt(q))) return false;
    i = p + 1;
    j = q + 1;
  }
  return true;
}

/** Where the next ASCII letter or digit of `text` from `from` stands; NONE when there is none, BEYOND_ASCII at a character beyond ASCII before one. */
function nextAlnumAt(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = lowerAscii(text.charCodeAt(k));
    if (c >= 128) return BEYOND_ASCII;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return k;
  }
  return NONE;
}
const NONE = -1;
const BEYOND_ASCII = -2;

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
