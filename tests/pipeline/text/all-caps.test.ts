/** `isAllCaps`'s loop over lines with only ASCII letters, held to its definition. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllCaps, isAllCapsByDefinition } from '../../../src/pipeline/evidence/title-furniture';

const piece = fc.oneof(
  fc.constantFrom('HARBOUR LANE', 'Policy Brief', 'ABC', 'AbC', 'É', 'é', 'ß', 'ª', 'µ', '中国', '’', '“', '—', '·', '𐐀', '\ud800', '2026', ' ', 'İ', 'Σ'),
  fc.string({ maxLength: 10 }),
  fc.string({ maxLength: 4, unit: 'binary' }),
);
const line = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('isAllCaps', () => {
  it('answers as its definition', () => {
    fc.assert(fc.property(line, (text) => {
      expect(isAllCaps(text)).toBe(isAllCapsByDefinition(text));
    }), { seed: 20261127, numRuns: 20_000 });
    // Every BMP code unit, alone and among capitals.
    for (let code = 0; code < 1 << 16; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `ABCD${ch}`, `ABC${ch}${ch}`, `abc${ch}`]) expect(isAllCaps(text)).toBe(isAllCapsByDefinition(text));
    }
  });
});
