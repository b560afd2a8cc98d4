import { describe, expect, it } from 'vitest';
import { fold, normalize } from '../../src/pipeline';

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
});
