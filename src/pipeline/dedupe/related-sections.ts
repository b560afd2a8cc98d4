import type { Issue } from '../../schema';
import type { Fingerprint } from './fingerprint';
import { candidatePairs } from './lsh';
import { compareSets, signatureAgreement } from './set-similarity';
import { MIN_SECTION_CONTAINMENT, MIN_SECTION_JACCARD, MIN_SIGNATURE_AGREEMENT, SECTION_BANDS, SECTION_ROWS } from './thresholds';

/**
 * Links sections of different issues that cover the same story in largely the same words
 * ("also covered in"), both ways, with the same LSH machinery at a lower threshold.
 * Mutates the issues' sections' `related` lists; returns the number of links.
 */
export function linkRelatedSections(issues: Issue[], fingerprints: Fingerprint[]): number {
  const refs: { issue: number; section: string; shingles: Uint32Array; signature: Uint32Array }[] = [];
  fingerprints.forEach((fp, issue) => fp.sections.forEach((s) => refs.push({ issue, section: s.id, shingles: s.shingles, signature: s.signature })));
  const n = refs.length;
  const pairs = candidatePairs(refs.map((ref) => ref.signature), SECTION_BANDS, SECTION_ROWS);
  let count = 0;
  for (const pair of [...pairs].sort((x, y) => x - y)) {
    const [x, y] = [refs[Math.floor(pair / n)], refs[pair % n]];
    if (x.issue === y.issue || signatureAgreement(x.signature, y.signature) < MIN_SIGNATURE_AGREEMENT) continue;
    const { jaccard, containment } = compareSets(x.shingles, y.shingles);
    if (jaccard < MIN_SECTION_JACCARD && containment < MIN_SECTION_CONTAINMENT) continue;
    const similarity = Math.round(Math.max(jaccard, containment) * 1000) / 1000;
    sectionOf(issues[x.issue], x.section).related.push({ issueId: issues[y.issue].id, sectionId: y.section, similarity });
    sectionOf(issues[y.issue], y.section).related.push({ issueId: issues[x.issue].id, sectionId: x.section, similarity });
    count++;
  }
  for (const issue of issues) {
    for (const section of issue.sections) section.related.sort((a, b) => b.similarity - a.similarity || a.issueId.localeCompare(b.issueId) || a.sectionId.localeCompare(b.sectionId));
  }
  return count;
}

function sectionOf(issue: Issue, id: string) {
  return issue.sections.find((section) => section.id === id)!;
}
