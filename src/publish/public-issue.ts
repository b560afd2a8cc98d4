/**
 * The one door between the validated issues and everything published: pages, share pages,
 * `/issues.json`, RSS and (through the pages) the search index. src/data/issues.ts passes every
 * issue through `publicIssue` once, so nothing downstream can reach what is left out here.
 */
import type { Block, Issue, Note, PublicIssue, Section, Takeaway } from '../schema';
import { leftOutOf } from './left-out';
import { scrubText } from './scrub-text';
import { renamedSectionIds } from './section-ids';
import { searchLanguage } from './search-language';

/**
 * Notes whose messages quote only what is published anyway (titles, dates, publishers, file
 * names). Others can quote removed text (`appended-article` names the other article) or are
 * the maintainer's business (`decode`, `sidecar`, `ledger`); they stay in the ingest report.
 */
const PUBLIC_NOTE_RULES = new Set(['missing-title', 'missing-date', 'merged-metadata', 'metadata-conflict', 'duplicate-merged']);

/** Maps an array, returning the same array when no item changed (most issues have nothing to scrub). */
function mapShared<T>(items: T[], map: (item: T) => T): T[] {
  let changed = false;
  const out = items.map((item) => {
    const next = map(item);
    changed ||= next !== item;
    return next;
  });
  return changed ? out : items;
}

const scrubNullable = (text: string | null) => (text === null ? null : scrubText(text));

function scrubTakeaway(takeaway: Takeaway): Takeaway {
  const text = scrubText(takeaway.text);
  return text === takeaway.text ? takeaway : { ...takeaway, text };
}

function scrubBlock(block: Block): Block {
  switch (block.kind) {
    case 'paragraph':
    case 'quote': {
      const text = scrubText(block.text);
      return text === block.text ? block : { ...block, text };
    }
    case 'list': {
      const items = mapShared(block.items, scrubText);
      return items === block.items ? block : { ...block, items };
    }
    case 'figure': {
      const title = scrubText(block.title);
      const caption = scrubText(block.caption);
      return title === block.title && caption === block.caption ? block : { ...block, title, caption };
    }
    case 'entities': {
      const items = mapShared(block.items, (entity) => {
        const name = scrubText(entity.name);
        return name === entity.name ? entity : { ...entity, name };
      });
      return items === block.items ? block : { ...block, items };
    }
  }
}

function scrubSection(section: Section): Section {
  const heading = scrubNullable(section.heading);
  const blocks = mapShared(section.blocks, scrubBlock);
  const takeaways = mapShared(section.takeaways, scrubTakeaway);
  return heading === section.heading && blocks === section.blocks && takeaways === section.takeaways ? section : { ...section, heading, blocks, takeaways };
}

function publicNotes(notes: Note[]): Note[] {
  return notes
    .filter((note) => PUBLIC_NOTE_RULES.has(note.rule))
    .map((note) => ({ ...note, file: scrubText(note.file), message: scrubText(note.message) }));
}

/** A section or takeaway id after `renames`. */
const renamed = (renames: Map<string, string>, id: string) => renames.get(id) ?? id;

function withSectionIds(sections: Section[], takeaways: Takeaway[], renames: Map<string, string>): { sections: Section[]; takeaways: Takeaway[] } {
  if (renames.size === 0) return { sections, takeaways };
  const retarget = (takeaway: Takeaway) =>
    takeaway.sectionId !== null && renames.has(takeaway.sectionId) ? { ...takeaway, sectionId: renamed(renames, takeaway.sectionId) } : takeaway;
  return {
    sections: mapShared(sections, (section) => {
      const takeawaysRetargeted = mapShared(section.takeaways, retarget);
      return renames.has(section.id) || takeawaysRetargeted !== section.takeaways ? { ...section, id: renamed(renames, section.id), takeaways: takeawaysRetargeted } : section;
    }),
    takeaways: mapShared(takeaways, retarget),
  };
}

/** One issue made public, with the section ids it renamed (for other issues' "also covered in" links). */
function publish(issue: Issue): { issue: PublicIssue; renames: Map<string, string> } {
  const { removed, notes, ...rest } = issue;
  const scrubbedSections = mapShared(issue.sections, scrubSection);
  const renames = renamedSectionIds(issue.sections, scrubbedSections);
  const { sections, takeaways } = withSectionIds(scrubbedSections, mapShared(issue.takeaways, scrubTakeaway), renames);
  const published: PublicIssue = {
    ...rest,
    title: scrubText(issue.title),
    publisher: scrubNullable(issue.publisher),
    series: scrubNullable(issue.series),
    place: scrubNullable(issue.place),
    week: issue.week && { ...issue.week, text: scrubText(issue.week.text) },
    category: scrubNullable(issue.category),
    sentiment: scrubNullable(issue.sentiment),
    tags: mapShared(issue.tags, scrubText),
    sections,
    takeaways,
    sources: mapShared(issue.sources, (source) => {
      const file = scrubText(source.file);
      return file === source.file ? source : { ...source, file };
    }),
    notes: publicNotes(notes),
    leftOut: leftOutOf(removed),
    searchLang: 'en',
  };
  published.searchLang = searchLanguage(published);
  return { issue: published, renames };
}

/**
 * An issue as readers may see it: the removed lines become counts by kind (`leftOut`), notes
 * that could quote them are dropped, and every reader-visible text (title, metadata, headings,
 * blocks, takeaways, source file names, notes) has personal addresses and tracking or
 * per-recipient link parts taken out (src/publish/scrub-text.ts). A section whose heading
 * changed gets an anchor made from the cleaned heading (src/publish/section-ids.ts). Pure;
 * unchanged parts are shared with the input, not copied.
 */
export function publicIssue(issue: Issue): PublicIssue {
  return publish(issue).issue;
}

/**
 * Every issue made public (see `publicIssue`), with "also covered in" links that point to a
 * renamed section following it. The site reads its issues through this.
 */
export function publicIssues(issues: readonly Issue[]): PublicIssue[] {
  const published = issues.map(publish);
  const renamesByIssue = new Map(published.filter((p) => p.renames.size > 0).map((p) => [p.issue.id, p.renames]));
  if (renamesByIssue.size === 0) return published.map((p) => p.issue);
  return published.map(({ issue }) => ({
    ...issue,
    sections: mapShared(issue.sections, (section) => {
      const related = mapShared(section.related, (link) => {
        const renames = renamesByIssue.get(link.issueId);
        return renames?.has(link.sectionId) ? { ...link, sectionId: renamed(renames, link.sectionId) } : link;
      });
      return related === section.related ? section : { ...section, related };
    }),
  }));
}
