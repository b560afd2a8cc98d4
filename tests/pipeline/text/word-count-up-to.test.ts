/** `wordCountUpTo` is `wordCount` cut off past the limit (src/pipeline/text/line-shape.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount, wordCountUpTo } from '../../../src/pipeline/text/line-shape';

const SEED = 20261127;
const word = fc.oneof(fc.constantFrom('China', 'trade', '2026', '—', '·', '会谈', '经济增长', 'é', '', '  ', '\t'), fc.string({ maxLength: 8, unit: 'binary' }));
const text = fc.array(word, { maxLength: 40 }).map((words) => words.join(' '));

describe('wordCountUpTo', () => {
  it('is min(wordCount, limit + 1)', () => {
    fc.assert(
      fc.property(text, fc.nat(45), (line, limit) => {
        expect(wordCountUpTo(line, limit)).toBe(Math.min(wordCount(line), limit + 1));
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });
});
