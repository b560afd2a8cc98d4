import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../../../src/pipeline';
import { foldEachStep } from '../../../src/pipeline/text/fold';

describe('fold', () => {
  it('makes quote style, case, dashes and punctuation irrelevant', () => {
    expect(fold('China’s “Ag-tech” — Document!')).toBe(fold("china's \"ag-tech\" - document"));
  });

  it('folds every one of the 65,536 code units as the step-by-step definition does', () => {
    const differs: string[] = [];
    for (let code = 0; code < 1 << 16; code++) {
      const char = String.fromCharCode(code);
      const [ours, defined] = [fold(`A${char}b`), foldEachStep(`A${char}b`)];
      if (typeof ours !== 'string' || ours !== defined || fold(char) !== foldEachStep(char)) differs.push(code.toString(16));
    }
    expect(differs).toEqual([]);
  });

  it('folds any text as the step-by-step definition does: final sigma, ligatures, surrogates, Turkish İ, one-byte and wide', () => {
    const tricky = fc.constantFrom('Σ', 'ΟΔΟΣ', 'İ', 'ﬁ', '①', 'Ｆｕｌｌ', '𐐀', '😀', '\ud800', 'é', 'É', 'ß', 'ẞ', '中文', '’', '—', ' ', '  ', 'A', 'z', '9', '.', '\u00a0');
    const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ maxLength: 12 })), { maxLength: 30, size: 'max' }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => fold(t) === foldEachStep(t)), { seed: 20261122, numRuns: 20_000 });
  });
});

