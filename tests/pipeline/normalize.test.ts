import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, normalize } from '../../src/pipeline';
import { foldEachStep } from '../../src/pipeline/normalize';

describe('normalize', () => {
  it('composes to NFC and keeps typography', () => {
    expect(normalize('De\u0301tente “giant ship” – 5–5.5%')).toBe('Détente “giant ship” – 5–5.5%');
  });

  it('removes invisible and bidi control characters but keeps ZWJ emoji', () => {
    expect(normalize('a\u200bb\u202ec\u2066d\ufeffe\u00adf')).toBe('abcdef');
    expect(normalize('👩\u200d💻')).toBe('👩\u200d💻');
  });

  it('folds spaces, trims lines, keeps line count', () => {
    expect(normalize('  a\u00a0\u00a0b \t c  \n\n  d ')).toBe('a b c\n\nd');
  });

  it('is idempotent', () => {
    const input = ' x\u200b\u0065\u0301  y\u3000z \n\u202a ';
    expect(normalize(normalize(input))).toBe(normalize(input));
  });
});

describe('fold', () => {
  it('makes quote style, case, dashes and punctuation irrelevant', () => {
    expect(fold('China’s “Ag-tech” — Document!')).toBe(fold("china's \"ag-tech\" - document"));
  });

  it('folds every one of the 65,536 code units as the step-by-step definition does', () => {
    const differs: string[] = [];
    for (let code = 0; code < 1 << 16; code++) {
      const char = String.fromCharCode(code);
      if (fold(char) !== foldEachStep(char) || fold(`A${char}b`) !== foldEachStep(`A${char}b`)) differs.push(code.toString(16));
    }
    expect(differs).toEqual([]);
  });

  it('folds any text as the step-by-step definition does: final sigma, ligatures, surrogates, Turkish İ, one-byte and wide', () => {
    const tricky = fc.constantFrom('Σ', 'ΟΔΟΣ', 'İ', 'ﬁ', '①', 'Ｆｕｌｌ', '𐐀', '😀', '\ud800', 'é', 'É', 'ß', 'ẞ', '中文', '’', '—', ' ', '  ', 'A', 'z', '9', '.', '\u00a0');
    const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ maxLength: 12 })), { maxLength: 30, size: 'max' }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => fold(t) === foldEachStep(t)), { seed: 20261122, numRuns: 20_000 });
  });
});

