/** Shard assignment: a pure function of the issue id and language, stable under any change to other issues. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planShards, SHARD_COUNT, shardOf, type IndexedIssue } from '../../src/search/shard-plan';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `2026-01-${String(i % 28).padStart(2, '0')}-briefing-${i}`);

describe('shardOf', () => {
  it('is in range and the same every time for the same id', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const shard = shardOf(id);
        expect(shard).toBeGreaterThanOrEqual(0);
        expect(shard).toBeLessThan(SHARD_COUNT);
        expect(shardOf(id)).toBe(shard);
      }),
    );
  });

  it('spreads ids evenly: no shard of 10,000 ids is off its share by more than 15%', () => {
    const counts = new Array<number>(SHARD_COUNT).fill(0);
    for (const id of ids(10_000)) counts[shardOf(id)]++;
    for (const count of counts) expect(Math.abs(count - 10_000 / SHARD_COUNT)).toBeLessThan(0.15 * (10_000 / SHARD_COUNT));
  });
});

describe('planShards', () => {
  const issues: IndexedIssue[] = ids(300).map((id, i) => ({ id, searchLang: i % 7 === 0 ? 'zh' : 'en' }));

  it('gives the same plan whatever order the issues come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(issues, { minLength: issues.length }), (shuffled) => {
        expect(planShards(shuffled)).toEqual(planShards(issues));
      }),
      { numRuns: 20 },
    );
  });

  it('keeps English and Chinese apart, puts every page in one shard, in id order, English shards first', () => {
    const plan = planShards(issues);
    expect(plan.map((shard) => shard.key)).toEqual([...plan.map((shard) => shard.key)].sort());
    expect(plan.findIndex((shard) => shard.language === 'zh')).toBeGreaterThan(plan.findLastIndex((shard) => shard.language === 'en'));
    const placed = plan.flatMap((shard) => shard.pages.map((page) => page.id));
    expect(placed.sort()).toEqual(issues.map((issue) => issue.id).sort());
    for (const shard of plan) {
      expect(shard.key.startsWith(`${shard.language}-`)).toBe(true);
      expect(shard.pages.map((page) => page.id)).toEqual(shard.pages.map((page) => page.id).sort());
      for (const page of shard.pages) {
        expect(issues.find((issue) => issue.id === page.id)!.searchLang === 'zh').toBe(shard.language === 'zh');
        expect(page.url).toBe(`/issues/${page.id}/`);
        expect(page.file).toBe(`issues/${page.id}/index.html`);
      }
    }
  });

  it('adding or removing an issue changes exactly one shard', () => {
    const before = planShards(issues);
    const after = planShards([...issues, { id: 'a-new-briefing', searchLang: 'en' }]);
    const changed = after.filter((shard) => JSON.stringify(shard) !== JSON.stringify(before.find((other) => other.key === shard.key)));
    expect(changed.map((shard) => shard.key)).toEqual([`en-${String(shardOf('a-new-briefing')).padStart(2, '0')}`]);
    const removed = planShards(issues.slice(1));
    expect(removed.filter((shard) => JSON.stringify(shard) !== JSON.stringify(before.find((other) => other.key === shard.key)))).toHaveLength(1);
  });
});
