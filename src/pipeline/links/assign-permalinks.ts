import type { Duplicate, Issue, Note, PermalinkEntry, PermalinkRecord } from '../../schema';
import { matchSections, unique } from './match-sections';

/** The report with permanent ids, and the record to keep for the next run. */
export interface Permalinks {
  issues: Issue[];
  duplicates: Duplicate[];
  record: PermalinkRecord;
  notes: Note[];
}

const short = (sha256: string) => sha256.slice(0, 16);

/**
 * Gives every issue and section the id it was first published under, as the permalink record
 * says, so a link never breaks: a changed file finds its earlier self by path (its own, or any
 * copy's in its near-duplicate group), a renamed one by content. An issue the record does not
 * know keeps the id made for it now, unless the record holds that id for another issue (then it
 * gets a suffix, and a note says so). Recorded issues that are now one (a copy merged in) keep
 * working: their ids and sections redirect to the issue. Entries whose files are gone stay in
 * the record, so their ids are never given to something else.
 */
export function assignPermalinks(issues: Issue[], duplicates: Duplicate[], record: PermalinkRecord): Permalinks {
  const byFile = new Map<string, string>();
  const bySha = new Map<string, string>();
  for (const [id, entry] of Object.entries(record.issues)) {
    entry.files.forEach((file) => byFile.set(file, id));
    entry.sha256.forEach((sha) => bySha.set(sha, id));
  }
  const claimed = new Map<string, Issue>();
  const claim = new Map<Issue, string>();
  const take = (issue: Issue, id: string) => {
    claimed.set(id, issue);
    claim.set(issue, id);
  };
  const ordered = [...issues].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The issue whose canonical file is an entry's canonical file has the first right to it; then
  // any file of the group by path; then by content (a renamed file).
  for (const issue of ordered) {
    const id = byFile.get(issue.sources[0].file);
    if (id && !claimed.has(id) && record.issues[id].files[0] === issue.sources[0].file) take(issue, id);
  }
  for (const lookup of [(s: Issue['sources'][number]) => byFile.get(s.file), (s: Issue['sources'][number]) => bySha.get(short(s.sha256))]) {
    for (const issue of ordered) {
      if (claim.has(issue)) continue;
      const id = mostNamed(issue.sources.map(lookup).filter((found): found is string => found !== undefined && !claimed.has(found)));
      if (id) take(issue, id);
    }
  }
  const notes: Note[] = [];
  const reserved = new Set(Object.entries(record.issues).flatMap(([id, entry]) => [id, ...entry.former]));
  for (const issue of ordered) {
    if (claim.has(issue)) continue;
    const id = unique(issue.id, reserved);
    if (id !== issue.id) {
      notes.push({ file: issue.sources[0].file, rule: 'permalink-collision', message: `the id "${issue.id}" is already recorded for another issue in the permalink record; this issue is published as "${id}" instead` });
    }
    reserved.add(id);
    take(issue, id);
  }

  // Other recorded issues whose files are now in this one (a copy merged in) become its former ids.
  const absorbed = new Map<Issue, string[]>();
  for (const issue of ordered) {
    const found = new Set(issue.sources.flatMap((source) => [byFile.get(source.file), bySha.get(short(source.sha256))]));
    absorbed.set(issue, [...found].filter((id): id is string => id !== undefined && !claimed.has(id)).sort());
    for (const id of absorbed.get(issue)!) claimed.set(id, issue);
  }

  const issueIds = new Map<string, string>();
  const sectionIds = new Map<string, Map<string, string>>();
  const newRecord: PermalinkRecord = { version: 1, issues: {} };
  const built = issues.map((issue) => {
    const id = claim.get(issue)!;
    const previous = record.issues[id];
    const merged = absorbed.get(issue)!.map((old) => record.issues[old]);
    const recordedSections = previous?.sections ?? [];
    const match = matchSections(recordedSections, issue.sections);
    // A merged-in issue's sections redirect to this one's by the same matching.
    for (const entry of merged) {
      const into = matchSections(entry.sections, issue.sections.map((section, i) => ({ id: match.ids[i], heading: section.heading })));
      into.ids.forEach((sectionId, i) => {
        const target = match.ids.indexOf(sectionId);
        const from = [entry.sections.find((s) => s.id === sectionId)?.id, ...into.former[i]].filter((s): s is string => !!s && !match.ids.includes(s));
        if (target !== -1) match.former[target] = [...new Set([...match.former[target], ...from])].sort();
      });
    }
    issueIds.set(issue.id, id);
    sectionIds.set(issue.id, new Map(issue.sections.map((section, i) => [section.id, match.ids[i]])));
    const former = [...new Set([...(previous?.former ?? []), ...absorbed.get(issue)!, ...merged.flatMap((entry) => entry.former)])].sort();
    newRecord.issues[id] = entryOf(issue, former, match.ids, match.former);
    return { issue, id, former, match };
  });
  // Recorded issues no file speaks for any more keep their ids reserved.
  for (const [id, entry] of Object.entries(record.issues)) if (!claimed.has(id)) newRecord.issues[id] = entry;

  const allIds = new Set(built.map((b) => b.id));
  const renamed = built.some(({ issue, id }) => id !== issue.id);
  const withIds = built.map(({ issue, id, former, match }) => {
    const aliases = [...new Set([...former, ...issue.aliases])].filter((alias) => alias !== id && !allIds.has(alias)).sort();
    const sectionsKept = match.ids.every((sectionId, i) => sectionId === issue.sections[i].id && match.former[i].length === 0);
    // Most issues keep the ids they were made with: those are not copied (10,000 of them would be).
    if (id === issue.id && sectionsKept && !renamed && sameList(aliases, issue.aliases)) return issue;
    const mapSection = sectionIds.get(issue.id)!;
    return {
      ...issue,
      id,
      sections: issue.sections.map((section, i) => ({
        ...section,
        id: match.ids[i],
        related: section.related.map((link) => ({ ...link, issueId: issueIds.get(link.issueId) ?? link.issueId, sectionId: sectionIds.get(link.issueId)?.get(link.sectionId) ?? link.sectionId })),
        takeaways: section.takeaways.map((takeaway) => ({ ...takeaway, sectionId: match.ids[i] })),
        aliases: match.former[i],
      })),
      takeaways: issue.takeaways.map((takeaway) => ({ ...takeaway, sectionId: takeaway.sectionId === null ? null : mapSection.get(takeaway.sectionId) ?? takeaway.sectionId })),
      aliases,
    };
  });
  return {
    issues: withIds,
    duplicates: duplicates.map((duplicate) => ({ ...duplicate, canonical: issueIds.get(duplicate.canonical) ?? duplicate.canonical })),
    record: newRecord,
    notes,
  };
}

function entryOf(issue: Issue, former: string[], ids: string[], sectionFormer: string[][]): PermalinkEntry {
  return {
    files: issue.sources.map((source) => source.file),
    sha256: issue.sources.map((source) => short(source.sha256)),
    former,
    sections: issue.sections.map((section, i) => ({ id: ids[i], heading: section.heading, former: sectionFormer[i] })),
  };
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The id named most often; ties go to the first in code-unit order. */
function mostNamed(ids: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
