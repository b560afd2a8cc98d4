import type { PublicIssue } from '../schema';

type Section = PublicIssue['sections'][number];

/** Longest summary, in characters: a link preview or feed item shows about this much. */
const MAX_SUMMARY = 200;

/** What an issue or section says in brief, and whether that is the publisher's takeaway, one the archive inferred, or its opening text. */
export interface Summary {
  text: string;
  kind: 'takeaway' | 'inferred-takeaway' | 'opening';
}

/**
 * The one summary rule, for the issue page's and section pages' link previews, the cards, the
 * week digest and RSS: the first takeaway (an inferred one says so), else the first paragraph,
 * else the section headings, else the title; cut at a word near MAX_SUMMARY.
 */
export function issueSummary(issue: PublicIssue): Summary {
  return fromTakeaway(issue.takeaways[0]) ?? opening(issue.sections.flatMap((section) => section.blocks)) ?? {
    text: cut(issue.sections.map((section) => section.heading).filter(Boolean).join(' · ') || issue.title),
    kind: 'opening',
  };
}

/** A section's summary by the same rule, falling back to its issue's. */
export function sectionSummary(issue: PublicIssue, section: Section): Summary {
  return fromTakeaway(section.takeaways[0]) ?? opening(section.blocks) ?? issueSummary(issue);
}

/** A summary as plain text (meta descriptions, RSS): an inferred takeaway is labelled in words. */
export function summaryText(summary: Summary): string {
  return summary.kind === 'inferred-takeaway' ? `Takeaway inferred by the archive: ${summary.text}` : summary.text;
}

function fromTakeaway(takeaway: PublicIssue['takeaways'][number] | undefined): Summary | null {
  return takeaway ? { text: cut(takeaway.text), kind: takeaway.kind === 'inferred' ? 'inferred-takeaway' : 'takeaway' } : null;
}

function opening(blocks: Section['blocks']): Summary | null {
  const paragraph = blocks.find((block) => block.kind === 'paragraph');
  return paragraph?.kind === 'paragraph' ? { text: cut(paragraph.text), kind: 'opening' } : null;
}

/** Cut at the last space before the limit, with an ellipsis; short texts unchanged. */
function cut(text: string): string {
  if (text.length <= MAX_SUMMARY) return text;
  const head = text.slice(0, MAX_SUMMARY - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > MAX_SUMMARY / 2 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/u, '')}…`;
}
