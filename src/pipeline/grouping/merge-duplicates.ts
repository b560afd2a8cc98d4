import type { Duplicate, Issue, Note } from '../../schema';
import { isoWeekOf } from '../text/dates';
import { issueId } from '../text/ids';
import type { GroupItem } from './find-near-duplicates';
import { compareSets } from './set-similarity';
import { FORWARDED_WEIGHT, INCOMPLETE_WEIGHT } from './thresholds';

/** Metadata fields a copy may supply when the canonical copy lacks them. */
const MERGED_FIELDS = ['date', 'publisher', 'series', 'place', 'week', 'category', 'sentiment', 'impact'] as const;
/** Fields whose origin is tracked. */
const TRACKED = new Set(['title', 'date', 'publisher', 'series']);

/**
 * The most complete copy is canonical: the most prose (a copy that stops mid-sentence counts
 * INCOMPLETE_WEIGHT of its size, so a truncated copy with a note on top does not win, and a
 * forwarded e-mail FORWARDED_WEIGHT, so the forwarder's note is not what readers get; among
 * copies of the same size, the one with the most structure), then a complete final sentence,
 * then a stated title, then the least junk removed, then the file name (so the choice is
 * deterministic).
 */
export function pickCanonical(members: GroupItem[]): GroupItem {
  const size = (m: GroupItem) => m.fingerprint.shingles.length * (m.fingerprint.complete ? 1 : INCOMPLETE_WEIGHT) * (forwarded(m.issue) ? FORWARDED_WEIGHT : 1);
  // Copies whose texts agree (the same size, give or take SAME_TEXT_SIZE) are told apart by
  // their structure: a saved page's or e-mail's headings and lists beat a pasted copy's guesses.
  const largest = Math.max(...members.map(size));
  const agreeing = members.filter((m) => size(m) >= largest * SAME_TEXT_SIZE);
  return agreeing.sort(
    (x, y) =>
      structure(y.issue) - structure(x.issue) ||
      size(y) - size(x) ||
      Number(y.fingerprint.complete) - Number(x.fingerprint.complete) ||
      Number(y.issue.origin.title !== 'fallback') - Number(x.issue.origin.title !== 'fallback') ||
      x.issue.removed.length - y.issue.removed.length ||
      (x.issue.sources[0].file < y.issue.sources[0].file ? -1 : 1),
  )[0];
}

/** Share of the largest copy's size from which another copy's text counts as the same text. */
const SAME_TEXT_SIZE = 0.95;

/** How much structure a copy has: its headed sections and lists, and whether it was saved as a page or e-mail (marked up by its sender). */
function structure(issue: Issue): number {
  const headed = issue.sections.filter((section) => section.heading !== null).length;
  const lists = issue.sections.reduce((sum, section) => sum + section.blocks.filter((block) => block.kind === 'list').length, 0);
  return headed + lists + (/\.(?:eml|html?)$/i.test(issue.sources[0].file) ? 1 : 0);
}

/** Whether the file was a forwarded e-mail (a forward separator was removed). */
function forwarded(issue: Issue): boolean {
  return issue.removed.some((line) => line.rule === 'email-wrapper' && /forward|original message/i.test(line.text));
}

/**
 * One issue from a group of copies: the canonical copy's text; metadata it lacks taken from
 * the others (most similar first); conflicting metadata reported, the canonical value kept;
 * every copy listed in `sources` with its similarity, and its standalone id kept as an alias.
 */
export function mergeGroup(members: GroupItem[]): { issue: Issue; canonical: GroupItem; duplicates: Duplicate[] } {
  const canonical = pickCanonical(members);
  const base = canonical.issue;
  const file = base.sources[0].file;
  const others = members
    .filter((member) => member !== canonical)
    .map((member) => {
      const { jaccard, containment } = compareSets(canonical.fingerprint.shingles, member.fingerprint.shingles);
      return { member, jaccard, containment, similarity: round(Math.max(jaccard, containment)) };
    })
    .sort((x, y) => y.similarity - x.similarity || (x.member.issue.sources[0].file < y.member.issue.sources[0].file ? -1 : 1));

  const merged: Issue = { ...base, origin: { ...base.origin }, notes: [] };
  const notes: Note[] = [];
  const note = (rule: string, message: string) => notes.push({ file, rule, message });
  if (base.origin.title === 'fallback') {
    const titled = others.find(({ member }) => member.issue.origin.title !== 'fallback');
    if (titled) {
      merged.title = titled.member.issue.title;
      merged.origin.title = titled.member.issue.origin.title;
      note('merged-metadata', `title "${merged.title}" from ${titled.member.issue.sources[0].file}`);
    }
  }
  for (const field of MERGED_FIELDS) {
    for (const { member } of others) {
      const value = member.issue[field];
      if (value === null) continue;
      const from = member.issue.sources[0].file;
      if (merged[field] === null) {
        Object.assign(merged, { [field]: value });
        if (TRACKED.has(field)) Object.assign(merged.origin, { [field]: member.issue.origin[field as 'date'] });
        note('merged-metadata', `${field} ${shown(value)} from ${from}`);
      } else if (JSON.stringify(merged[field]) !== JSON.stringify(value)) {
        note('metadata-conflict', `${field}: ${file} says ${shown(merged[field])}, ${from} says ${shown(value)}; kept ${shown(merged[field])}`);
      }
    }
  }
  merged.tags = [...new Set([...base.tags, ...others.flatMap(({ member }) => member.issue.tags)])];
  merged.isoWeek = merged.date ? isoWeekOf(merged.date) : merged.week ? isoWeekOf(merged.week.start) : null;
  merged.id = issueId(merged.origin.title === 'fallback' ? null : merged.title, merged.date, base.sources[0].sha256);
  merged.sources = [base.sources[0], ...others.map(({ member, similarity }) => ({ ...member.issue.sources[0], similarity }))];
  merged.aliases = [...new Set(members.map((member) => member.issue.id))].filter((id) => id !== merged.id).sort();
  for (const { member, jaccard, containment } of others) {
    note('duplicate-merged', `${member.issue.sources[0].file} is a copy of this issue (Jaccard ${round(jaccard)}, containment ${round(containment)}); merged`);
  }
  // A gap a copy filled is no longer a gap; other notes stay, each about its own file.
  const filled = (n: Note) => (n.rule === 'missing-date' && merged.date !== null) || (n.rule === 'missing-title' && merged.origin.title !== 'fallback');
  merged.notes = [...members.flatMap((member) => member.issue.notes).filter((n) => !filled(n)), ...notes];
  return {
    issue: merged,
    canonical,
    duplicates: others.map(({ member, similarity }) => ({ file: member.issue.sources[0].file, canonical: merged.id, similarity })),
  };
}

/** A metadata value as a maintainer reads it: a week as its stated text, anything else quoted. */
function shown(value: unknown): string {
  if (value && typeof value === 'object' && 'text' in value) return `"${(value as { text: string }).text}"`;
  return JSON.stringify(value);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
