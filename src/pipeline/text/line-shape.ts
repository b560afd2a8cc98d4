/** Helpers that look at the shape of one line of text. Shared by every stage that classifies. */
import { memoisedPerFile } from './file-memo';

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/gu;
const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/u;
const HAN = /\p{Script=Han}/u;
const TERMINAL = /[.!?。！？…]["”’'»)\]]*$/u;

/** Number of words, counting two CJK characters as one word (CJK has no spaces). */
export function wordCount(text: string): number {
  if (!HAS_CJK.test(text)) return latinWordCount(text);
  const cjk = text.match(CJK)?.length ?? 0;
  const latin = text.replace(CJK, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return latin + Math.ceil(cjk / 2);
}

/**
 * `wordCount(text)`, or `limit + 1` once the count passes `limit`: for tests that only ask
 * whether a line is short ("≤ 6 words"), without reading a long paragraph to its end. The
 * header's masthead filter and the strip stage's evidence ask this of every paragraph near the
 * top: ~160 ms a thread at 10,000 files as full counts, ~80 ms so. Tested against `wordCount`.
 */
export function wordCountUpTo(text: string, limit: number): number {
  if (HAS_CJK.test(text)) return Math.min(wordCount(text), limit + 1);
  return latinWordCount(text, limit);
}

/**
 * Space-separated tokens with a letter or digit in them; a loop, as this runs on every line.
 * Stops at `limit + 1` words.
 */
function latinWordCount(text: string, limit = Infinity): number {
  let words = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) counted = false;
    else if (!counted && (code >= 48 && code <= 57 || (code | 32) >= 97 && (code | 32) <= 122 || code > 127)) {
      if (++words > limit) return words;
      counted = true;
    }
  }
  return words;
}

/** Whether the text has any Chinese (Han) character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Share of letters that are CJK characters. */
export function cjkShare(text: string): number {
  if (!HAS_CJK.test(text)) return 0;
  const cjk = text.match(CJK)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 ? 0 : cjk / letters;
}

/**
 * True when the text ends like a sentence (full stop, question or exclamation mark): TERMINAL,
 * read from the end. Closing quotes and brackets are skipped; the code unit before them must be a
 * stop (none is also a closer, so this is the only place TERMINAL can match). The pattern tried
 * every position of a paragraph from its start; this runs on most units in several stages.
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && STOPS.has(text.charCodeAt(i));
}
/** TERMINAL's two classes, as code units (all in the BMP). */
const STOPS = new Set([...'.!?。！？…'].map((ch) => ch.charCodeAt(0)));
const CLOSERS = new Set([...'"”’\'»)]'].map((ch) => ch.charCodeAt(0)));

/** The definition of `endsSentence`, as a pattern (for the tests). */
export function endsSentenceByRegExp(text: string): boolean {
  return TERMINAL.test(text);
}

/** A list item marker: bullets, `1.`, `1)`, `(1)`, `[1]`, `a)`. Returns the item text and number. */
export function parseListMarker(text: string): { ordered: boolean; number: number | null; text: string } | null {
  // Most lines start with none of the characters a marker starts with: answered without a
  // match (this runs on nearly every line, several times, and each match was an allocation).
  if (!MARKER_START.test(text)) return null;
  const bullet = BULLET_ITEM.exec(text);
  if (bullet) return { ordered: false, number: null, text: bullet[1] };
  // "[1] …" too: plain-text newsletters number their items in brackets.
  const numbered = NUMBERED_ITEM.exec(text);
  if (numbered) return { ordered: true, number: Number(numbered[1] ?? numbered[2]), text: numbered[3] };
  const lettered = LETTERED_ITEM.exec(text);
  if (lettered) return { ordered: true, number: lettered[1].charCodeAt(0) - 96, text: lettered[2] };
  return null;
}
const BULLET_ITEM = /^[-*•▪◦–·●○■]\s+(.+)$/u;
const NUMBERED_ITEM = /^(?:\(?(\d{1,3})[.)]|\[(\d{1,3})\])\s+(.+)$/u;
const LETTERED_ITEM = /^\(?([a-h])\)\s+(.+)$/u;
/** The first characters of the three patterns above. */
const MARKER_START = /^[-*•▪◦–·●○■(\[\da-h]/u;

/** Longest heading, in words and characters. Longer lines are prose or figure titles. */
const MAX_HEADING_WORDS = 16;
const MAX_HEADING_CHARS = 140;

/**
 * Could this line be a heading or a title? Short, starting like a heading (capital, digit,
 * quote or CJK), not ending like a sentence or a lead-in, not a list item. A closing question
 * mark is allowed ("Why Bother With Provincial Work Reports?").
 */
export function isHeadingLike(text: string): boolean {
  // A long line is answered at once; a short one is asked about by several stages (file-memo.ts).
  return text.length <= MAX_HEADING_CHARS && shortHeadingLike(text);
}
const shortHeadingLike = memoisedPerFile(headingLikeOnce);
function headingLikeOnce(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS || wordCount(text) > MAX_HEADING_WORDS) return false;
  // (A newsletter may open its headings with an emoji: "📉 Loan prime rates unchanged".)
  if (!/^(?:\p{Extended_Pictographic}\uFE0F?\s+)?[\p{Lu}\p{N}"“‘'(\u3400-\u9fff]/u.test(text)) return false;
  if (/[.,;:!。！，；：…]["”’)]*$/u.test(text)) return false;
  if (parseListMarker(text)) return false;
  return /\p{L}/u.test(text);
}

/** Body prose: a line that reads as sentences rather than a label (remembered per file: file-memo.ts). */
export function isProse(text: string): boolean {
  return prose(text);
}
const prose = memoisedPerFile(proseOnce);
function proseOnce(text: string): boolean {
  if (isHeadingLike(text)) return false;
  return endsSentence(text) || wordCount(text) >= 20;
}

/** Words of four letters or more, of which a title-case line capitalises three in four. */
const LONG_WORD = /\p{L}{4,}[\p{L}'’-]*/gu;
/** Whether a line is set in title case ("Sunvolt Energy and Chengdu Bus Group Launch …"). */
export function isTitleCase(text: string): boolean {
  const words = text.match(LONG_WORD);
  if (!words || words.length < 4) return false;
  let capitalised = 0;
  for (const word of words) if (word[0] !== word[0].toLowerCase()) capitalised++;
  return capitalised * 4 >= words.length * 3;
}
