import type { Issue, Note, RemovedLine, Section } from '../../schema';
import { storyChecked, type ShortParagraph, type ShortParagraphCandidate } from './short-paragraphs';

/**
 * Fewest different issues a short paragraph must appear in to be template furniture. Two is
 * what a story followed up the next week, or one event in two outlets' words, can give;
 * a series' tagline, promo or sign-off is in every issue.
 */
export const MIN_RECURRING_ISSUES = 3;

/** One parsed copy's short-paragraph candidates (short-paragraphs.ts), with the copy they were found in. */
export interface CopyParagraphs {
  /** The copy as parsed: the story check reads its sections. */
  issue: Issue;
  candidates: readonly ShortParagraphCandidate[];
}

/** One issue of the archive (after grouping) and the short paragraphs of its copies. */
export interface IssueParagraphs {
  issue: Issue;
  /** The canonical copy's: the text readers get, and the lines that can be removed. */
  canonical: CopyParagraphs;
  /** Every copy's (canonical included): an issue counts once for a line, however many of its copies carry it. */
  copies: readonly CopyParagraphs[];
}

export interface RecurringLines {
  /** The issues, in the order given: the same object where nothing was removed. */
  issues: Issue[];
  /** One note per recurring line removed, for the maintainer. */
  notes: Note[];
  /** Lines removed in all. */
  removed: number;
}

/**
 * Repetition across the archive: a short body paragraph (short-paragraphs.ts) that recurs,
 * digits aside, in MIN_RECURRING_ISSUES or more different issues is template furniture (a
 * tagline under the masthead, a recurring promo, a sign-off) that no per-file rule knows, and is
 * removed from each, its lines recorded under `recurring-line`. Headings, titles, list items,
 * quotes and takeaways are never candidates. Counting is by issue, after grouping, so a
 * briefing's copies count once. Linear in the archive (a map of counts); the result depends
 * only on the set of issues, not their order.
 */
export function removeRecurringLines(entries: readonly IssueParagraphs[]): RecurringLines {
  // Counted first over every candidate, before the story check: a key in fewer than
  // MIN_RECURRING_ISSUES issues so is in fewer still after it, and its candidates need no check.
  const candidateIssues = countIssues(entries.map((entry) => entry.copies.map((copy) => copy.candidates)));
  const mayRecur = (key: string) => (candidateIssues.get(key)?.issues ?? 0) >= MIN_RECURRING_ISSUES;
  const checked = new Map<CopyParagraphs, ShortParagraph[]>();
  const paragraphsOf = (copy: CopyParagraphs) => {
    let paragraphs = checked.get(copy);
    if (!paragraphs) checked.set(copy, (paragraphs = copy.candidates.some((candidate) => mayRecur(candidate.key)) ? storyChecked(copy.issue, copy.candidates, mayRecur) : []));
    return paragraphs;
  };
  const counted = countIssues(entries.map((entry) => entry.copies.map(paragraphsOf)));
  const issuesWith = (key: string) => counted.get(key)?.issues ?? 0;
  // Per recurring line: the first removed line in file order (order-independent), and how many issues lost it.
  const firstSeen = new Map<string, { file: string; line: RemovedLine; issues: number }>();
  let removed = 0;
  const issues = entries.map((entry) => {
    const recurring = paragraphsOf(entry.canonical).filter((paragraph) => issuesWith(paragraph.key) >= MIN_RECURRING_ISSUES);
    if (recurring.length === 0) return entry.issue;
    const result = withoutParagraphs(entry.issue, recurring);
    if (!result) return entry.issue;
    const file = entry.issue.sources[0].file;
    for (const paragraph of result.dropped) {
      removed += paragraph.lines.length;
      const seen = firstSeen.get(paragraph.key);
      if (!seen) firstSeen.set(paragraph.key, { file, line: paragraph.lines[0], issues: 1 });
      else {
        seen.issues++;
        if (file < seen.file || (file === seen.file && paragraph.lines[0].line < seen.line.line)) Object.assign(seen, { file, line: paragraph.lines[0] });
      }
    }
    return result.issue;
  });
  const notes: Note[] = [...firstSeen.entries()].map(([key, { file, line, issues: count }]) => ({
    file,
    line: line.line,
    rule: 'recurring-line',
    message: `"${line.text}" recurs in ${issuesWith(key)} issues of the archive: template furniture, removed from ${count} of them`,
  }));
  return { issues, notes, removed };
}

/** Per key: the issues (entries) whose copies have it, each counted once, and the last entry that counted it. */
function countIssues(entries: readonly (readonly (readonly { key: string }[])[])[]): Map<string, { issues: number; last: number }> {
  const counted = new Map<string, { issues: number; last: number }>();
  entries.forEach((copies, i) => {
    for (const copy of copies) {
      for (const { key } of copy) {
        const count = counted.get(key);
        if (!count) counted.set(key, { issues: 1, last: i });
        else if (count.last !== i) {
          count.issues++;
          count.last = i;
        }
      }
    }
  });
  return counted;
}

/**
 * The issue without the given paragraphs (their first blocks of the same text), their lines
 * added to `removed`. An untitled section left empty goes (its takeaways would keep it); the
 * other sections keep their ids, so links to them hold. Null when nothing would be left to read:
 * an issue is never emptied.
 */
function withoutParagraphs(issue: Issue, paragraphs: readonly ShortParagraph[]): { issue: Issue; dropped: ShortParagraph[] } | null {
  const byText = new Map<string, ShortParagraph[]>();
  for (const paragraph of paragraphs) byText.set(paragraph.text, [...(byText.get(paragraph.text) ?? []), paragraph]);
  const dropped: ShortParagraph[] = [];
  const sections: Section[] = [];
  for (const section of issue.sections) {
    const blocks = section.blocks.filter((block) => {
      const match = block.kind === 'paragraph' ? byText.get(block.text)?.shift() : undefined;
      if (match) dropped.push(match);
      return !match;
    });
    if (blocks.length === section.blocks.length) sections.push(section);
    else if (section.heading !== null || blocks.length > 0 || section.takeaways.length > 0) sections.push({ ...section, blocks });
  }
  if (dropped.length === 0 || sections.every((section) => section.blocks.length === 0)) return null;
  const removed = [...issue.removed, ...dropped.flatMap((paragraph) => paragraph.lines)].sort((a, b) => a.line - b.line);
  return { issue: { ...issue, sections, removed }, dropped };
}
