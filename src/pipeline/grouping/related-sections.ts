import type { Issue, RelatedSection } from '../../schema';
import type { Fingerprint } from './fingerprint';
import { sortedSet } from './hashing';
import { candidatePairs } from './lsh';
import { compareSets, signatureAgreement } from './set-similarity';
import { MIN_SECTION_CONTAINMENT, MIN_SECTION_JACCARD, MIN_SIGNATURE_AGREEMENT, SECTION_BANDS, SECTION_ROWS } from './thresholds';

/** "Also covered in" links, by issue (its index) and then by section id; most similar first. */
export type SectionLinks = Map<number, Map<string, RelatedSection[]>>;

/**
 * Finds sections of different issues that cover the same story in largely the same words
 * ("also covered in"), both ways, with the same LSH machinery at a lower threshold. Changes
 * nothing: the caller puts the links into (copies of) the few issues that have any.
 */
export function relatedSections(issues: Issue[], fingerprints: Fingerprint[]): SectionLinks {
  const refs: { issue: number; section: string; shingles: Uint32Array; signature: Uint32Array }[] = [];
  fingerprints.forEach((fp, issue) => fp.sections.forEach((s) => refs.push({ issue, section: s.id, shingles: s.shingles, signature: s.signature })));
  const n = refs.length;
  const pairs = candidatePairs(refs.map((ref) => ref.signature), SECTION_BANDS, SECTION_ROWS);
  const links: SectionLinks = new Map();
  const add = (from: (typeof refs)[number], to: (typeof refs)[number], similarity: number) => {
    const byIssue = links.get(from.issue) ?? links.set(from.issue, new Map()).get(from.issue)!;
    const list = byIssue.get(from.section) ?? byIssue.set(from.section, []).get(from.section)!;
    list.push({ issueId: issues[to.issue].id, sectionId: to.section, similarity });
  };
  // A section's shingles are kept in text order (see Fingerprint): sorted when first compared.
  const sorted = new Map<number, Uint32Array>();
  const setOf = (i: number) => sorted.get(i) ?? sorted.set(i, sortedSet(refs[i].shingles)).get(i)!;
  for (const pair of [...pairs].sort((x, y) => x - y)) {
    const [i, j] = [Math.floor(pair / n), pair % n];
    const [x, y] = [refs[i], refs[j]];
    if (x.issue === y.issue || signatureAgreement(x.signature, y.signature) < MIN_SIGNATURE_AGREEMENT) continue;
    const { jaccard, containment } = compareSets(setOf(i), setOf(j));
    if (jaccard < MIN_SECTION_JACCARD && containment < MIN_SECTION_CONTAINMENT) continue;
    const similarity = Math.round(Math.max(jaccard, containment) * 1000) / 1000;
    add(x, y, similarity);
    add(y, x, similarity);
  }
  for (const byIssue of links.values()) {
    for (const list of byIssue.values()) list.sort((a, b) => b.similarity - a.similarity || a.issueId.localeCompare(b.issueId) || a.sectionId.localeCompare(b.sectionId));
  }
  return links;
}
