/** matchSections' fast paths (nothing recorded; the same ids in the same order), held to its step-by-step definition. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSections, matchSectionsStepByStep } from '../../../src/pipeline/links/match-sections';

const SEED = 20261127;
// Ids and headings from a small pool, so that ids repeat, recur as former ids and headings overlap.
const id = fc.constantFrom('a', 'b', 'c', 'a-2', 'intro', 'grain-deal');
const heading = fc.option(fc.constantFrom('a', 'b c', 'grain deal', 'grain deal signed', 'c'), { nil: null });
const built = fc.array(fc.record({ id, heading }), { maxLength: 6 });
const recorded = fc.array(fc.record({ id, heading, former: fc.array(id, { maxLength: 3 }) }), { maxLength: 6 });

describe('matchSections', () => {
  it('gives what its definition gives, for any recorded and built sections', () => {
    fc.assert(
      fc.property(recorded, built, (old, now) => {
        expect(matchSections(old, now)).toEqual(matchSectionsStepByStep(old, now));
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });

  it('gives what its definition gives when the ids are the recorded ones, in order (the fast path)', () => {
    fc.assert(
      fc.property(recorded, (old) => {
        const now = old.map((section) => ({ id: section.id, heading: section.heading }));
        expect(matchSections(old, now)).toEqual(matchSectionsStepByStep(old, now));
      }),
      { seed: SEED, numRuns: 3_000 },
    );
  });
});
