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
  return text
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/**
 * The comparison form of a text: compatibility-folded, lower case, quotes and dashes made
 * plain, punctuation dropped, whitespace single. Never shown to readers.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
