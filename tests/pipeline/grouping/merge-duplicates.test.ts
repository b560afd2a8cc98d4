import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/pipeline';
import type { GroupItem } from '../../../src/pipeline/grouping/find-near-duplicates';
import { mergeGroup, pickCanonical } from '../../../src/pipeline/grouping/merge-duplicates';
import { RULES } from '../../helpers/pipeline';

const BODY = [
  'Export controls tighten',
  'The commerce ministry added twelve firms to its export control list on Friday, citing national security.',
  'Officials said the measures target dual-use goods and would be reviewed every six months.',
];
function item(file: string, lines: string[]): GroupItem {
  const outcome = ingestFile({ file, bytes: new TextEncoder().encode(lines.join('\n')) }, { rules: RULES });
  if (outcome.kind !== 'issue') throw new Error(outcome.rejection.reason);
  return { issue: outcome.issue, fingerprint: outcome.fingerprint };
}

describe('mergeGroup', () => {
  const complete = item('b-complete.txt', ['Trade Weekly', ...BODY]);
  const truncated = item('a-truncated.txt', ['Trade Weekly', 'Beijing, 6 February 2026', ...BODY.slice(0, 2), 'Officials said the measures target dual-use']);

  it('takes the copy whose last sentence is complete as canonical, whatever the file order', () => {
    expect(pickCanonical([truncated, complete])).toBe(complete);
    expect(pickCanonical([complete, truncated])).toBe(complete);
  });

  it('keeps the canonical text, fills its gaps from the copy, lists every source, keeps the old id as an alias', () => {
    const { issue, duplicates } = mergeGroup([truncated, complete]);
    expect(issue.sections).toEqual(complete.issue.sections);
    expect(issue.date).toBe('2026-02-06');
    expect(issue.sources.map((source) => source.file)).toEqual(['b-complete.txt', 'a-truncated.txt']);
    expect(issue.aliases).toContain(truncated.issue.id);
    expect(duplicates.map((duplicate) => [duplicate.file, duplicate.canonical])).toEqual([['a-truncated.txt', issue.id]]);
  });

  it('among copies whose texts agree, takes the one with the most structure (a saved page over a paste)', () => {
    const paragraphs = [
      'The commerce ministry added twelve firms to its export control list on Friday, citing national security concerns.',
      'Officials said the measures target dual-use goods and would be reviewed every six months by a new committee.',
      'Grain imports fell for a third month as buyers drew down stocks ahead of the spring planting season in the north.',
      'Traders expect purchases to pick up again once the new tariff schedule is published in the official gazette.',
    ];
    const pasted = item('a-pasted.txt', ['Trade Weekly', 'Beijing, 6 February 2026', ...paragraphs]);
    const saved = item('b-saved.md', ['# Trade Weekly', 'Beijing, 6 February 2026', '## Export controls', ...paragraphs.slice(0, 2), '## Grain', ...paragraphs.slice(2)]);
    expect(saved.issue.sections.filter((section) => section.heading).length).toBeGreaterThan(pasted.issue.sections.filter((section) => section.heading).length);
    expect(pickCanonical([pasted, saved])).toBe(saved);
    expect(pickCanonical([saved, pasted])).toBe(saved);
  });
});
