import type { Issue, Note } from '../../schema';
import { issueId, sectionIds } from '../text/ids';
import type { Ledger } from '../text/ledger';
import type { ResolvedMetadata } from './11-resolve-metadata';
import type { DraftSection } from './10-segment';

/** What one file's chain has found, ready to become an issue. */
export interface IssueParts {
  file: string;
  sha256: string;
  drafts: DraftSection[];
  meta: ResolvedMetadata;
  /** The kept body text, for a fallback title. */
  bodyText: string;
  ledger: Ledger;
  notes: Note[];
}

/**
 * Builds the issue from its parts: section ids, takeaways tied to their sections, the stated
 * or fallback title, the id. Null when nothing but a title and takeaways is left.
 */
export function assembleIssue(parts: IssueParts): Issue | null {
  const { drafts, meta } = parts;
  // Takeaways before the first heading (a summary box) belong to the issue, not a section.
  const issueLevel = drafts[0]?.heading === null ? drafts[0].takeaways.splice(0) : [];
  const kept = drafts.filter((draft) => draft.heading !== null || draft.blocks.length > 0);
  if (kept.length === 0) return null;
  const ids = sectionIds(kept.map((draft) => draft.heading));
  const sections = kept.map((draft, i) => ({
    id: ids[i],
    heading: draft.heading,
    blocks: draft.blocks,
    takeaways: draft.takeaways.map((takeaway) => ({ ...takeaway, sectionId: ids[i] })),
    related: [],
    aliases: [],
  }));
  const takeaways = [...issueLevel.map((takeaway) => ({ ...takeaway, sectionId: null })), ...sections.flatMap((section) => section.takeaways)];
  const statedTitle = meta.title;
  // Built in the schema's field order, so the exact check can keep it as it is.
  return {
    id: issueId(statedTitle, meta.date, parts.sha256),
    title: statedTitle ?? fallbackTitle(parts.bodyText, meta.series, meta.date),
    date: meta.date,
    publisher: meta.publisher,
    series: meta.series,
    format: meta.format,
    place: meta.place,
    week: meta.week,
    isoWeek: meta.isoWeek,
    category: meta.category,
    sentiment: meta.sentiment,
    impact: meta.impact,
    tags: meta.tags,
    lang: meta.lang,
    sections,
    takeaways,
    sources: [{ file: parts.file, sha256: parts.sha256, similarity: 1 }],
    aliases: [],
    origin: { ...meta.origin, title: statedTitle === null ? 'fallback' : meta.origin.title },
    removed: parts.ledger.removedInOrder(),
    notes: parts.notes,
  };
}

/**
 * Shown when the text states no title, and labelled as a fallback (`origin.title`): the stated
 * series and date when there are both, else the first words of the text.
 */
function fallbackTitle(bodyText: string, series: string | null, date: string | null): string {
  if (series && date) return `${series}, ${date}`;
  // (Chinese has no spaces: its "first eight words" would be a paragraph. Characters are counted.)
  const words = bodyText.split(/\s+/).filter(Boolean).slice(0, FALLBACK_WORDS).join(' ');
  const characters = [...words];
  const cut = /[\u3400-\u9fff]/u.test(words) && characters.length > FALLBACK_CJK_CHARACTERS;
  return `Untitled: “${cut ? characters.slice(0, FALLBACK_CJK_CHARACTERS).join('').trim() : words}…”`;
}
/** A fallback title quotes the text's first words, this many at most, */
const FALLBACK_WORDS = 8;
/** or, in Chinese, where a character is about a word, this many characters. */
const FALLBACK_CJK_CHARACTERS = 20;
