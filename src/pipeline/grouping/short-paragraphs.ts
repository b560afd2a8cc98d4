import type { Issue, RemovedLine, Section } from '../../schema';
import { contentWords, countContentWords } from '../text/content-words';
import { fold } from '../text/fold';
import type { Ledger } from '../text/ledger';
import { isHeadingLike, wordCountUpTo } from '../text/line-shape';

/**
 * A short body paragraph of one file, as the archive-wide repetition pass needs it
 * (recurring-lines.ts): computed with the file's parse, so it is cached with it and the pass
 * only counts keys. Whether it tells its section's story (`tellsTheStory`, then not template
 * furniture) is asked by the pass, and only of the few whose key recurs in enough issues to
 * matter (see `storyChecked`): asked of every candidate of every file, it was most of this stage.
 */
export interface ShortParagraph {
  /** The comparison form: folded, digit runs masked ("Issue 41." and "Issue 42." are one line). */
  key: string;
  /** The paragraph block's text, verbatim (to find the block again in the issue). */
  text: string;
  /** The file's lines behind it, with their texts, for the removed-lines record. */
  lines: RemovedLine[];
}

/** A short paragraph before the story check: where it stands, and the lines it takes if every candidate of its text passes. */
export interface ShortParagraphCandidate extends ShortParagraph {
  /** Index of its section in the issue (the story check reads the section). */
  section: number;
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
 * Candidates: `storyChecked` leaves out those that tell their section's story.
 */
export function shortParagraphs(issue: Issue, ledger: Ledger): ShortParagraphCandidate[] {
  const metadata = new Set([issue.title, issue.series].filter((text): text is string => text !== null).map(fold));
  const total = issue.sections.reduce((sum, section) => sum + section.blocks.length, 0);
  const found: { text: string; section: number }[] = [];
  let i = 0;
  issue.sections.forEach((section, s) => {
    for (const block of section.blocks) {
      const edge = i < EDGE_BLOCKS || i >= total - EDGE_BLOCKS;
      i++;
      if (edge && block.kind === 'paragraph' && isShort(block.text) && !metadata.has(fold(block.text))) found.push({ text: block.text, section: s });
    }
  });
  if (found.length === 0) return [];
  // A paragraph block is one kept unit with the same text; kept units come in reading order,
  // so equal texts are matched first to first.
  const wanted = new Set(found.map((candidate) => candidate.text));
  const unitsByText = new Map<string, number[][]>();
  for (const unit of ledger.keptInOrder()) {
    if (!wanted.has(unit.text)) continue;
    const queue = unitsByText.get(unit.text) ?? [];
    queue.push(unit.lines);
    unitsByText.set(unit.text, queue);
  }
  return found.map(({ text, section }) => {
    const lines = unitsByText.get(text)?.shift() ?? [];
    return { key: recurrenceKey(text), text, section, lines: lines.map((line) => ({ line, text: ledger.textOf(line) ?? text, rule: RECURRING_LINE_RULE })) };
  });
}

/**
 * The short paragraphs of `issue` (the copy the candidates were found in) that do not tell their
 * section's story, among those whose key `wanted` asks for: what `shortParagraphs` gave, story
 * checked, before the check was put off. The k-th of a text that passes takes the lines the k-th
 * candidate of that text was given; one without lines, or with an empty key, is left out (it
 * could not be accounted for). Equal texts have equal keys, so `wanted` keeps or drops them together.
 */
export function storyChecked(issue: Issue, candidates: readonly ShortParagraphCandidate[], wanted: (key: string) => boolean): ShortParagraph[] {
  const out: ShortParagraph[] = [];
  const ofText = new Map<string, { candidates: ShortParagraphCandidate[]; passed: number }>();
  for (const candidate of candidates) {
    if (!wanted(candidate.key)) continue;
    const same = ofText.get(candidate.text) ?? { candidates: candidates.filter((other) => other.text === candidate.text), passed: 0 };
    ofText.set(candidate.text, same);
    if (tellsTheStory(candidate.text, issue.sections[candidate.section])) continue;
    const { lines } = same.candidates[same.passed++];
    if (lines.length === 0 || candidate.key === '') continue;
    out.push({ key: candidate.key, text: candidate.text, lines });
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
