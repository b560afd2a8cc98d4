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
/** Any character one of the three patterns above removes or replaces, or two spaces in a row. */
const NEEDS_CLEANING = /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200f\u202a-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff]| {2}/;

/**
 * Text for readers: Unicode NFC, invisible and control characters removed, spaces folded,
 * every line trimmed. Typography (curly quotes, dashes) is kept. Idempotent. Line count is
 * preserved, so line numbers still point into the decoded file.
 */
export function normalize(text: string): string {
  // Whole-text passes (none of them crosses a newline), not a split and three passes a line;
  // and only where one scan finds something for them to do (most files: nothing).
  const cleaned = NEEDS_CLEANING.test(text)
    ? text.replace(INVISIBLE, '').replace(CONTROL, '').normalize('NFC').replace(SPACES, ' ').replace(/ {2,}/g, ' ')
    : text.normalize('NFC');
  return untrimmed(cleaned) ? cleaned.split('\n').map((line) => line.trim()).join('\n') : cleaned;
}

/**
 * Whether a line may start or end with white space. After the passes above the only white
 * space left is the plain space and the Unicode line and paragraph separators.
 */
function untrimmed(text: string): boolean {
  return text.startsWith(' ') || text.endsWith(' ') || text.includes('\n ') || text.includes(' \n') || SEPARATORS.test(text);
}
const SEPARATORS = /[\u2028\u2029]/;
