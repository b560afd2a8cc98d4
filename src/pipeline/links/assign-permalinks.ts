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
  const recorded = Object.entries(record.issues);
  const byFile = new Map<string, string>();
  const bySha = new Map<string, string>();
  for (const [id, entry] of recorded) {
    entry.files.forEach((file) => byFile.set(file, id));
    entry.sha256.forEach((sha) => bySha.set(sha, id));
  }
  // By position in `issues`: the id each issue takes, and the recorded issues it takes in.
  const claim: (string | undefined)[] = new Array(issues.length).fill(undefined);
  const claimed = new Set<string>();
  const take = (i: number, id: string) => {
    claimed.add(id);
    claim[i] = id;
  };
  const ordered = issues.map((_, i) => i).sort((a, b) => (issues[a].id < issues[b].id ? -1 : issues[a].id > issues[b].id ? 1 : 0));
  // The issue whose canonical file is an entry's canonical file has the first right to it; then
  // any file of the group by path; then by content (a renamed file). (An empty record, as on a
  // first run, claims nothing: those passes are skipped.)
  if (recorded.length > 0) {
    for (const i of ordered) {
      const file = issues[i].sources[0].file;
      const id = byFile.get(file);
      if (id && !claimed.has(id) && record.issues[id].files[0] === file) take(i, id);
    }
    for (const lookup of [(s: Issue['sources'][number]) => byFile.get(s.file), (s: Issue['sources'][number]) => bySha.get(short(s.sha256))]) {
      for (const i of ordered) {
        if (claim[i] !== undefined) continue;
        const id = mostNamed(issues[i].sources.map(lookup).filter((found): found is string => found !== undefined && !claimed.has(found)));
        if (id) take(i, id);
      }
    }
  }
  const notes: Note[] = [];
  const reserved = new Set(recorded.flatMap(([id, entry]) => [id, ...entry.former]));
  for (const i of ordered) {
    if (claim[i] !== undefined) continue;
    const issue = issues[i];
    const id = unique(issue.id, reserved);
    if (id !== issue.id) {
      notes.push({ file: issue.sources[0].file, rule: 'permalink-collision', message: `the id "${issue.id}" is already recorded for another issue in the permalink record; this issue is published as "${id}" instead` });
    }
    reserved.add(id);
    take(i, id);
  }

  // Other recorded issues whose files are now in this one (a copy merged in) become its former ids.
  const absorbed: string[][] = new Array(issues.length).fill(NONE);
  if (recorded.length > 0) {
    for (const i of ordered) {
      const found = new Set(issues[i].sources.flatMap((source) => [byFile.get(source.file), bySha.get(short(source.sha256))]));
      absorbed[i] = [...found].filter((id): id is string => id !== undefined && !claimed.has(id)).sort();
      for (const id of absorbed[i]) claimed.add(id);
    }
  }

  const issueIds = new Map<string, string>();
  const newRecord: PermalinkRecord = { version: 1, issues: {} };
  const built = issues.map((issue, i) => {
    const id = claim[i]!;
    const previous = record.issues[id];
    const merged = absorbed[i].map((old) => record.issues[old]);
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
    const former = previous || merged.length > 0 ? [...new Set([...(previous?.former ?? []), ...absorbed[i], ...merged.flatMap((entry) => entry.former)])].sort() : [];
    newRecord.issues[id] = entryOf(issue, former, match.ids, match.former);
    return { issue, id, former, match };
  });
  // Recorded issues no file speaks for any more keep their ids reserved.
  for (const [id, entry] of recorded) if (!claimed.has(id)) newRecord.issues[id] = entry;

  const allIds = new Set(built.map((b) => b.id));
  const renamed = built.some(({ issue, id }) => id !== issue.id);
  // Section ids of this build by issue id, for the links being rewritten (made when first asked).
  const sectionIds = new Map<string, Map<string, string>>();
  let builtById: Map<string, (typeof built)[number]> | null = null;
  const sectionIdsOf = (issueId: string) => {
    let ids = sectionIds.get(issueId);
    const b = (builtById ??= new Map(built.map((entry) => [entry.issue.id, entry]))).get(issueId);
    if (!ids && b) sectionIds.set(issueId, (ids = new Map(b.issue.sections.map((section, i) => [section.id, b.match.ids[i]]))));
    return ids;
  };
  const withIds = built.map(({ issue, id, former, match }) => {
    const aliases = former.length === 0 && issue.aliases.length === 0 ? [] : [...new Set([...former, ...issue.aliases])].filter((alias) => alias !== id && !allIds.has(alias)).sort();
    const sectionsKept = match.ids.every((sectionId, i) => sectionId === issue.sections[i].id && match.former[i].length === 0);
    // Most issues keep the ids they were made with: those are not copied (10,000 of them would be).
    if (id === issue.id && sectionsKept && !renamed && sameList(aliases, issue.aliases)) return issue;
    const mapSection = sectionIdsOf(issue.id)!;
    return {
      ...issue,
      id,
      sections: issue.sections.map((section, i) => ({
        ...section,
        id: match.ids[i],
        related: section.related.map((link) => ({ ...link, issueId: issueIds.get(link.issueId) ?? link.issueId, sectionId: sectionIdsOf(link.issueId)?.get(link.sectionId) ?? link.sectionId })),
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

/** No recorded issues taken in (shared, never written to). */
const NONE: string[] = [];

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
