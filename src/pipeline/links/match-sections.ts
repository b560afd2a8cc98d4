import type { PermalinkSection } from '../../schema';
import { fold } from '../text/fold';

/** Share of heading words two headings must share for an edited heading to be the same section. */
const SAME_HEADING = 0.5;

/** A section of this build: its id as made from its heading, and the heading. */
export interface BuiltSection {
  id: string;
  heading: string | null;
}

/** What each section of this build is called from now on, and which old ids redirect to it. */
export interface SectionMatch {
  /** Permanent id of each built section, in order. */
  ids: string[];
  /** Former ids of each built section, in order. */
  former: string[][];
}

/**
 * Gives each section of this build the id it had before, so a shared `#section` link keeps
 * working when a heading is edited or parsed differently. A section keeps its recorded id when
 * its new id is that id (or a former one); else when its heading shares most words with a
 * recorded heading; else, when as many sections are left on both sides, by position. A section
 * left over is new (its own id, made unique); a recorded section left over redirects to the
 * section before it (its place in the text), or the first.
 */
export function matchSections(recorded: PermalinkSection[], built: BuiltSection[]): SectionMatch {
  // Nothing recorded (an issue new to the record): every section is new. What the steps below
  // come to, without their arrays and sets (this is every issue of a first run).
  if (recorded.length === 0) {
    const used = new Set<string>();
    const ids = built.map((section) => {
      const id = unique(section.id, used);
      used.add(id);
      return id;
    });
    return { ids, former: built.map(() => []) };
  }
  // The same ids in the same order (most issues of a later run): each section pairs with its
  // recorded self on the first pass below, and nothing is left over.
  if (recorded.length === built.length && recorded.every((old, j) => old.id === built[j].id)) {
    return { ids: recorded.map((old) => old.id), former: recorded.map((old) => [...old.former].sort()) };
  }
  return matchSectionsStepByStep(recorded, built);
}

/** The definition of `matchSections`, step by step: what it computes for any sections (its fast paths are held to this by a property test). */
export function matchSectionsStepByStep(recorded: PermalinkSection[], built: BuiltSection[]): SectionMatch {
  const match = new Array<number>(built.length).fill(-1);
  const taken = new Set<number>();
  const pair = (j: number, k: number) => {
    match[j] = k;
    taken.add(k);
  };
  // A recorded id first, a former one after: a section that comes back (an untitled opening
  // whose only paragraph recurs across the archive again, or no longer) must not take the id of
  // the section that took in its old one.
  for (const same of [(old: PermalinkSection, id: string) => old.id === id, (old: PermalinkSection, id: string) => old.former.includes(id)]) {
    built.forEach((section, j) => {
      if (match[j] !== -1) return;
      const k = recorded.findIndex((old, i) => !taken.has(i) && same(old, section.id));
      if (k !== -1) pair(j, k);
    });
  }
  const candidates: [number, number, number][] = [];
  built.forEach((section, j) => {
    if (match[j] !== -1 || section.heading === null) return;
    recorded.forEach((old, k) => {
      if (taken.has(k) || old.heading === null) return;
      const similarity = wordOverlap(section.heading!, old.heading);
      if (similarity >= SAME_HEADING) candidates.push([similarity, j, k]);
    });
  });
  for (const [, j, k] of candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])) if (match[j] === -1 && !taken.has(k)) pair(j, k);
  const leftBuilt = built.map((_, j) => j).filter((j) => match[j] === -1);
  const leftRecorded = recorded.map((_, k) => k).filter((k) => !taken.has(k));
  if (leftBuilt.length === leftRecorded.length) leftBuilt.forEach((j, i) => pair(j, leftRecorded[i]));

  const used = new Set(recorded.flatMap((old, k) => (taken.has(k) ? [old.id, ...old.former] : [])));
  const ids = built.map((_, j) => (match[j] !== -1 ? recorded[match[j]].id : ''));
  built.forEach((section, j) => {
    if (ids[j]) return;
    ids[j] = unique(section.id, used);
    used.add(ids[j]);
  });
  const former = built.map((_, j) => (match[j] !== -1 ? [...recorded[match[j]].former] : []));
  recorded.forEach((old, k) => {
    if (taken.has(k) || built.length === 0) return;
    const before = match.reduce((best, m, j) => (m !== -1 && m < k && (best === -1 || m > match[best]) ? j : best), -1);
    const target = before === -1 ? 0 : before;
    for (const id of [old.id, ...old.former]) if (!ids.includes(id) && !former[target].includes(id)) former[target].push(id);
  });
  return { ids, former: former.map((list) => list.sort()) };
}

/** Jaccard overlap of two headings' folded words. */
function wordOverlap(a: string, b: string): number {
  const x = new Set(fold(a).split(' '));
  const y = new Set(fold(b).split(' '));
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared / (x.size + y.size - shared);
}

/** `id`, or `id-2`, `id-3`… whichever is not in `used`. */
export function unique(id: string, used: Set<string>): string {
  if (!used.has(id)) return id;
  let n = 2;
  while (used.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}
