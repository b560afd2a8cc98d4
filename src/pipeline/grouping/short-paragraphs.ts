import type { Issue, RemovedLine, Section } from '../../schema';
import { contentWords, countContentWords } from '../text/content-words';
import { fold } from '../text/fold';
import type { Ledger } from '../text/ledger';
import { isHeadingLike, wordCountUpTo } from '../text/line-shape';

/**
 * A short body paragraph of one file, as the archive-wide repetition pass needs it
 * (recurring-lines.ts): computed with the file's parse, so it is cached with it and the pass
 * only counts keys.
 */
export interface ShortParagraph {
  /** The comparison form: folded, digit runs masked ("Issue 41." and "Issue 42." are one line). */
  key: string;
  /** The paragraph block's text, verbatim (to find the block again in the issue). */
  text: string;
  /** The file's lines behind it, with their texts, for the removed-lines record. */
  lines: RemovedLine[];
}

/** Longest paragraph, in words (two CJK characters count as one), that can be template furniture: a tagline, a promo, a sign-off. */
export const MAX_RECURRING_WORDS = 25;

/**
 * Blocks at each end of the body where template furniture sits: a tagline under the masthead,
 * a promo or sign-off above the footer. Inside the stories, a short sentence recurring in three
 * issues is more often a formula of the reporting ("The yuan was little changed") than template.
 */
export const EDGE_BLOCKS = 2;

/**
 * The issue's short paragraph blocks at either end of its body, in reading order, each with the
 * lines it came from. Only paragraph blocks: headings, list items, quotes, figures and takeaways
 * are never candidates (a series' recurring "What to watch" is a heading; a quote is someone's
 * words). A paragraph that restates the title or the series is metadata and is left alone.
 */
export function shortParagraphs(issue: Issue, ledger: Ledger): ShortParagraph[] {
  const metadata = new Set([issue.title, issue.series].filter((text): text is string => text !== null).map(fold));
  const total = issue.sections.reduce((sum, section) => sum + section.blocks.length, 0);
  const texts: string[] = [];
  let i = 0;
  for (const section of issue.sections) {
    for (const block of section.blocks) {
      const edge = i < EDGE_BLOCKS || i >= total - EDGE_BLOCKS;
      i++;
      if (edge && block.kind === 'paragraph' && isShort(block.text) && !metadata.has(fold(block.text)) && !tellsTheStory(block.text, section)) texts.push(block.text);
    }
  }
  if (texts.length === 0) return [];
  // A paragraph block is one kept unit with the same text; kept units come in reading order,
  // so equal texts are matched first to first.
  const wanted = new Set(texts);
  const unitsByText = new Map<string, number[][]>();
  for (const unit of ledger.keptInOrder()) {
    if (!wanted.has(unit.text)) continue;
    const queue = unitsByText.get(unit.text) ?? [];
    queue.push(unit.lines);
    unitsByText.set(unit.text, queue);
  }
  const out: ShortParagraph[] = [];
  for (const text of texts) {
    const lines = unitsByText.get(text)?.shift();
    const key = recurrenceKey(text);
    // Without its lines it could not be accounted for: it stays.
    if (!lines || lines.length === 0 || key === '') continue;
    out.push({ key, text, lines: lines.map((line) => ({ line, text: ledger.textOf(line) ?? text, rule: RECURRING_LINE_RULE })) });
  }
  return out;
}

/** The rule id of a line removed because it recurs across the archive. */
export const RECURRING_LINE_RULE = 'recurring-line';

/** Folded (case, quotes, punctuation, white space), digit runs masked: the form in which recurrences are counted. */
export function recurrenceKey(text: string): string {
  return fold(text).replace(/[0-9]+/g, '#');
}

/** Content words a line shares with the rest of its section from which it is part of that section's story. */
export const STORY_WORDS = 3;

/**
 * Whether the line shares STORY_WORDS content words with its section's heading and other
 * paragraphs: a closing line about the story's own places and measures is the story's, however
 * formulaic; template furniture is about the publication, never about the story beside it.
 */
function tellsTheStory(text: string, section: Section): boolean {
  const own = contentWords(text);
  if (own.size < STORY_WORDS) return false;
  const others = section.blocks.flatMap((block) => ((block.kind === 'paragraph' || block.kind === 'quote') && block.text !== text ? [block.text] : []));
  if (section.heading && section.heading !== text) others.push(section.heading);
  // Only the line's own words are looked for (countContentWords skips the others by their shape):
  // building the set of a long section's every word for each candidate was most of this stage.
  return countContentWords(others, own).size >= STORY_WORDS;
}

/**
 * Short, with a letter, and not shaped like a heading: a recurring "What to watch" parsed as a
 * paragraph is still a series' heading, and a recurring chart title is content.
 */
function isShort(text: string): boolean {
  return wordCountUpTo(text, MAX_RECURRING_WORDS) <= MAX_RECURRING_WORDS && /\p{L}/u.test(text) && !isHeadingLike(text);
}
