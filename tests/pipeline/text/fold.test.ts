import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../../../src/pipeline';
import { plainLower, foldChar, foldedMayContain, foldEachStep, longestAsciiWord, mayFoldAlike } from '../../../src/pipeline/text/fold';

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


describe('fold, against a plain reading of its definition', () => {
  // Independent of foldThrough (which fold and foldEachStep share): each code unit of the
  // lower-cased (and, where needed, NFKC) text mapped by foldChar, word breaks made single
  // spaces, none at the ends.
  const plain = (text: string) => {
    const lower = (/[\u00aa-\uffff]/.test(text) ? text.normalize('NFKC') : text).toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const code = foldChar(lower.charCodeAt(i));
      out += code === 0 ? ' ' : String.fromCharCode(code);
    }
    return out.replace(/ +/g, ' ').trim();
  };
  it('gives what mapping each character and closing up the spaces gives, for any text', () => {
    const tricky = fc.constantFrom('Σ', 'ﬁ', 'Ｆｕｌｌ', 'é', 'ß', '中文', '’', '—', ' ', 'A', 'z', '9', '.', '-', "'", '\u00a0', '\u212a', 'Ωmega');
    const text = fc.array(fc.oneof(tricky, fc.string({ maxLength: 12 })), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => fold(t) === plain(t)), { seed: 20261127, numRuns: 20_000 });
  });
});

describe('foldedMayContain', () => {
  // Texts that fold to hold a word in many ways: cases, punctuation around it, full-width
  // letters, the Kelvin sign, ligatures, accents; and texts that do not.
  const disguise = (word: string) =>
    fc.array(fc.constantFrom('plain', 'upper', 'wide', 'kelvin'), { minLength: word.length, maxLength: word.length }).map((ways) =>
      [...word]
        .map((c, i) => (ways[i] === 'upper' ? c.toUpperCase() : ways[i] === 'wide' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : ways[i] === 'kelvin' && c === 'k' ? '\u212a' : c))
        .join(''),
    );
  const word = fc.constantFrom('harbour', 'lane', 'kwik', 'fifth', 'xinhua', 'z80', 'abc');
  const filler = fc.oneof(fc.constantFrom(' ', '. ', '—', '“', '’s ', 'ﬁ', 'é', 'İ', '\u00a0', ' ｜ '), fc.string({ maxLength: 8 }));
  const text = fc.tuple(fc.array(filler, { maxLength: 4 }), word.chain(disguise), fc.array(filler, { maxLength: 4 }), fc.boolean()).map(([before, held, after, keep]) => (keep ? [...before, held, ...after] : [...before, ...after]).join(''));

  it('is never false where the folded text holds the word: the quick test drops no candidate', () => {
    fc.assert(
      fc.property(text, word, (t, w) => {
        if (fold(t).includes(w)) expect(foldedMayContain(plainLower(t), longestAsciiWord(w)!)).toBe(true);
      }),
      { seed: 20261127, numRuns: 20_000 },
    );
  });

  it('reads plain text as its fold does: the same runs of letters and digits', () => {
    const runs = (t: string) => t.match(/[a-z0-9]+/g) ?? [];
    fc.assert(
      fc.property(text, (t) => {
        const lowered = plainLower(t);
        if (lowered !== null) expect(runs(lowered)).toEqual(runs(fold(t)));
      }),
      { seed: 20261128, numRuns: 20_000 },
    );
    expect(plainLower('China’s “Ag-tech” — Document…')).toBe('china’s “ag-tech” — document…');
    expect(plainLower('Ｂeijing')).toBeNull();
    expect(plainLower('ﬁfth')).toBeNull();
  });

  it('is false for ASCII text that cannot fold to hold the word, and looks for the longest ASCII run', () => {
    expect(foldedMayContain(plainLower('Sign up for The Pacific Ledger'), longestAsciiWord('harbour lane')!)).toBe(false);
    expect(foldedMayContain(plainLower('Copyright 2025 HARBOUR-LANE Advisory'), longestAsciiWord('harbour lane')!)).toBe(true);
    expect(foldedMayContain(plainLower('© 2025 The Pacific Ledger'), 'harbour')).toBe(true);
    expect(longestAsciiWord('浦江数字治理观察 ab')).toBeNull();
    expect(longestAsciiWord('the pacific ledger')).toBe('pacific');
  });
});

describe('mayFoldAlike', () => {
  // Pairs that fold alike in many ways (case, punctuation, quotes, full-width letters, the
  // Kelvin sign, ligatures), and pairs that do not; the second text is sometimes a fold already.
  const piece = fc.oneof(
    fc.constantFrom('Beijing', 'beijing', 'BEIJING', 'Ｂeijing', 'tariffs', 'Tariﬀs', 'kilo', '\u212ailo', 'U.S.', 'us', "China's", 'China’s', '12', '1 2', 'é', 'İ', 'ß', '中文', ' ', ', ', '—', '-', "'", '\u00a0'),
    fc.string({ maxLength: 5 }),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
  const near = (t: string) => fc.constantFrom(t, t.toUpperCase(), t.toLowerCase(), fold(t), t.replace(/[.,'’]/g, ' '), `${t}!`, `“${t}”`);
  const pair = fc.oneof(fc.tuple(text, text), text.chain((t) => fc.tuple(fc.constant(t), near(t))));

  it('is never false where the two texts fold alike: the quick test drops no repeat', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        if (fold(a) === fold(b)) expect(mayFoldAlike(a, b)).toBe(true);
        if (fold(a) === fold(fold(b))) expect(mayFoldAlike(a, fold(b))).toBe(true);
      }),
      { seed: 20261128, numRuns: 20_000 },
    );
  });

  it('is false for ASCII lines whose first letters and digits differ', () => {
    expect(mayFoldAlike('Beijing tightens export rules', 'Shanghai eases them')).toBe(false);
    expect(mayFoldAlike('Beijing tightens export rules', 'Beijing tightens export rules, again')).toBe(true);
    expect(mayFoldAlike('Part 1', 'Part 12')).toBe(false);
    expect(mayFoldAlike('Part 1', 'Part 1.')).toBe(true);
    expect(mayFoldAlike('Tariffs up', 'Tariﬀs up')).toBe(true);
  });
});
