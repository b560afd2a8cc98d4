/**
 * Invisible characters that carry no meaning in a briefing and break comparisons:
 * zero-width space, word joiner, stray BOMs, soft hyphens, and bidi embedding/override/isolate
 * controls (which can also disguise text). ZWJ/ZWNJ stay: scripts and emoji need them.
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;
/** Control characters other than newline and tab. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Space-like characters (NBSP, thin spaces, ideographic space, tab) become a plain space. */
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Text for readers: Unicode NFC, invisible and control characters removed, spaces folded,
 * every line trimmed. Typography (curly quotes, dashes) is kept. Idempotent. Line count is
 * preserved, so line numbers still point into the decoded file.
 */
export function normalize(text: string): string {
  // Whole-text passes (none of them crosses a newline), not a split and three passes a line.
  const folded = text.replace(INVISIBLE, '').replace(CONTROL, '').normalize('NFC').replace(SPACES, ' ').replace(/ {2,}/g, ' ');
  return untrimmed(folded) ? folded.split('\n').map((line) => line.trim()).join('\n') : folded;
}

/**
 * Whether a line may start or end with white space. After the passes above the only white
 * space left is the plain space and the Unicode line and paragraph separators.
 */
function untrimmed(text: string): boolean {
  return text.startsWith(' ') || text.endsWith(' ') || text.includes('\n ') || text.includes(' \n') || SEPARATORS.test(text);
}
const SEPARATORS = /[\u2028\u2029]/;

const COMPATIBILITY = /[\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u0132\u0133\u013f\u0140\u017f\u01c4-\u01cc\u2024-\u2026\u2070-\u209f\u2100-\u218f\u2460-\u24ff\u3200-\u33ff\uf900-\ufaff\ufb00-\ufb4f\ufe30-\ufe6f\uff00-\uffef]/;

/**
 * The comparison form of a text: compatibility-folded, lower case, quotes and dashes made
 * plain, punctuation dropped, whitespace single. Never shown to readers. One pass over the
 * characters: it runs on every line of every file, so it must not cost six regex passes.
 */
export function fold(text: string): string {
  // NFKC is costly; run it only where it changes something (ligatures, full-width forms,
  // superscripts, compatibility ideographs), which is rare in briefings.
  const lower = (COMPATIBILITY.test(text) ? text.normalize('NFKC') : text).toLowerCase();
  // Written into a reused code-unit buffer, then decoded once: concatenating one character at
  // a time, or a fresh buffer per call, is several times slower.
  const out = lower.length <= scratch.length ? scratch : new Uint16Array(lower.length);
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < lower.length; i++) {
    const mapped = FOLDED[lower.charCodeAt(i)];
    if (mapped === SPACE_MARK) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) out[length++] = SPACE;
    pendingSpace = false;
    out[length++] = mapped;
  }
  return UTF16.decode(out.subarray(0, length));
}

const UTF16 = new TextDecoder('utf-16le');
const scratch = new Uint16Array(1 << 16);
const SPACE = 32;
/** In FOLDED: the character separates words (code unit 0 never survives folding). */
const SPACE_MARK = 0;
const APOSTROPHE = 39;
const HYPHEN = 45;

/** What one (lower-case) code unit becomes in the folded form: itself, another, or SPACE_MARK. */
function foldChar(code: number): number {
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

/** foldChar of every UTF-16 code unit, looked up instead of computed (128 KB, built once). */
const FOLDED = Uint16Array.from({ length: 1 << 16 }, (_, code) => foldChar(code));

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
