/**
 * The headline block: title, standfirst, byline, date line, then the body. Its parts are
 * furniture or metadata whatever their words; the stage that reads the header asks these.
 *
 * Why: news pages, blogs and think-tank pages set the same block in every template (a subtitle
 * under the headline, a byline and a date under that, buttons and badges before the first
 * paragraph), so its shape says what each line is where no vocabulary would.
 *
 * Weight: decisive for the standfirst (a paragraph, never a heading) and for short lines between
 * a standfirst's date line and the body (removed); switched off with `title-headline-block`.
 */
import type { Unit } from '../stages/04-units';
import { contentWords } from '../text/content-words';
import { isHeadingLike, isProse, parseListMarker, wordCount } from '../text/line-shape';

/** A standfirst runs longer than a section heading: this many words at least. */
const MIN_STANDFIRST_WORDS = 8;

/**
 * The line right under the title, set without a full stop and longer than headings run
 * ("Why the renminbi's share of letters of credit matters more than its share of reserves"):
 * the subtitle that introduces the text, kept as its opening paragraph, never a heading.
 */
export function isStandfirst(unit: Unit): boolean {
  return !unit.heading && isHeadingLike(unit.text) && unit.words >= MIN_STANDFIRST_WORDS;
}

/** Units after a standfirst's date line looked at for the start of the body. */
const MAX_BLOCK_UNITS = 8;
/** A line of the headline block (a place, a button, a badge) is this short at most. */
const MAX_BLOCK_WORDS = 6;

/**
 * A standfirst, then the byline and the date line under it, then the body: between the
 * standfirst (`start`) and the first prose after its date line lie only the headline block's
 * furniture (the reporter's place, "Listen", "+ FOLLOW", a trust badge, an "Updated" line).
 * Returns the index of that first prose, or -1 when the date line does not stand under a
 * standfirst or no prose follows it soon.
 */
export function headlineBlockEnd(units: Unit[], start: number, datedAt: number): number {
  if (datedAt <= start || datedAt - start > MAX_BLOCK_UNITS) return -1;
  for (let i = datedAt + 1; i < Math.min(units.length, datedAt + 1 + MAX_BLOCK_UNITS); i++) if (isProse(units[i].text)) return i;
  return -1;
}

/**
 * The line right over the first prose heads the first section when it is shaped like a heading
 * and names what the section is about (a content word of it recurs there: "Local debt swaps"
 * over "…hidden debt…"); a button ("Get more with myHarbour") names nothing of it.
 */
export function namesItsSection(line: string, prose: string): boolean {
  if (!isHeadingLike(line) || wordCount(line) < 2) return false;
  const words = contentWords(prose);
  return [...contentWords(line)].some((word) => words.has(word));
}

/** A short line in the headline block that is no list item, takeaway label or heading of the body. */
export function isBlockFurniture(unit: Unit, isCue: (text: string) => boolean): boolean {
  return !unit.heading && unit.words <= MAX_BLOCK_WORDS && parseListMarker(unit.text) === null && !isCue(unit.text);
}

/** A headline's first part, set on a line of its own, is this long at least, and at most. */
const MIN_OPENING_WORDS = 2;
const MAX_OPENING_WORDS = 8;

/**
 * A headline set on two lines, its first part ending on a colon ("Licensing Under Pressure:" /
 * "China's Export Control Regime and European Manufacturers"), as report covers and pasted PDF
 * title pages break a title and its subtitle. Returns that first line, when `above` is one: a
 * headline-shaped line of a few words, not set in capitals (a kicker, "ANALYSIS:"), and never a
 * lone word ("Opinion:"), which labels the headline rather than opening it.
 */
export function titleOpening(above: Unit | undefined): Unit | null {
  if (!above || !/[^:：\s][:：]$/u.test(above.text)) return null;
  const text = above.text.slice(0, -1);
  const words = wordCount(text);
  return words >= MIN_OPENING_WORDS && words <= MAX_OPENING_WORDS && isHeadingLike(text) && /\p{Ll}/u.test(text) ? above : null;
}

/** A Chinese title's line is this long at most, in characters. */
const MAX_CJK_TITLE_LINE = 60;
/**
 * Characters a Chinese title never ends on: a preposition or conjunction whose object is on the
 * next line ("就", "关于", "对", "与", "和", "及", "的", "在", "为", "将", "把", "向", "从").
 */
const DANGLING_END = /(?:就|关于|对于?|与|和|及|的|在|为|将|把|向|从|以|、)$/u;

/**
 * The second line of a title broken after a word that cannot end it ("国家发展改革委 市场监管总局有关
 * 负责同志就" / "《中华人民共和国价格法修正草案》答记者问", "… in 2024 and the" / "Policy Stance
 * for 2025"), as government sites and PDF covers set a long title on two lines: that next line
 * and what joins the two (nothing in Chinese, a space otherwise), or null.
 */
export function titleContinuation(title: Unit, next: Unit | undefined): { unit: Unit; joiner: string } | null {
  if (!next) return null;
  const text = next.text;
  if (/[\u3400-\u9fff]/u.test(title.text)) {
    if (!DANGLING_END.test(title.text)) return null;
    return text.length <= MAX_CJK_TITLE_LINE && /^[\u3400-\u9fff《“「]/u.test(text) && !/[。！？：:]/u.test(text) ? { unit: next, joiner: '' } : null;
  }
  // "Statement on Monetary Policy Operations in 2024 and the" / "Policy Stance for 2025": a
  // title a PDF's cover breaks after a word no title ends on.
  return DANGLING_WORD.test(title.text) && next.words <= MAX_CONTINUATION_WORDS && isHeadingLike(text) ? { unit: next, joiner: ' ' } : null;
}
/** English words a title never ends on: an article, a preposition, a conjunction. */
const DANGLING_WORD = /\s(?:the|a|an|and|or|of|for|to|in|on|at|by|with|from|its|their|our|into|over|under|between|as)$/iu;
/** A title's second line is this long at most, in words. */
const MAX_CONTINUATION_WORDS = 12;
