import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishDensity, englishDensityByRegExp } from '../../../src/pipeline/evidence/function-words';

const tricky = fc.constantFrom('The', 'THE', 'of', 'İ', 'İt', 'ſo', 'K', 'É', 'ß', "it's", '’', "'", '中文', 'between', 'Between', 'betweens', ' ', '-', '𐐀', 'Ÿ', 'ǅ');
const text = fc.array(fc.oneof(tricky, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 80 }).map((parts) => parts.join(' '));

describe('englishDensity, the code-unit scanner', () => {
  it('counts the words and function words its regular-expression definition counts', () => {
    fc.assert(fc.property(text, (t) => JSON.stringify(englishDensity(t)) === JSON.stringify(englishDensityByRegExp(t))), { seed: 20261127, numRuns: 20_000 });
  });

  it('reads only the sampled start of a long line, as the definition does', () => {
    const long = `${'of the '.repeat(40)}word`;
    expect(englishDensity(long)).toEqual(englishDensityByRegExp(long));
    expect(englishDensity('The yuan was little changed against the dollar.')).toEqual(englishDensityByRegExp('The yuan was little changed against the dollar.'));
  });
});
