/** The boilerplate rules sorted by first character: held to testing every rule in order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoilerplateRule } from '../../../src/schema';
import { parseRules } from '../../../src/pipeline';
import { GENERIC_BOILERPLATE } from '../../../src/pipeline/rules/generic-rules';
import { asciiStarts, RulesByFirstCharacter } from '../../../src/pipeline/rules/first-characters';

const SEED = 20261128;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const PUBLISHER_RULES = parseRules(readFileSync(join(ROOT, 'content', 'publishers.yaml'), 'utf8'), 'content/publishers.yaml').publishers.flatMap((p) => p.boilerplate ?? []);
const RULES: BoilerplateRule[] = [...PUBLISHER_RULES, ...GENERIC_BOILERPLATE];

const startsOf = (source: string, flags = 'i') => {
  const starts = asciiStarts(new RegExp(source, flags));
  return starts === null ? null : String.fromCharCode(...[...starts].sort((a, b) => a - b));
};

describe('asciiStarts', () => {
  it('reads literals, groups, classes, escapes and quantifiers at the start', () => {
    expect(startsOf('^skip to')).toBe('Ss');
    expect(startsOf('^(?:a|b)?c')).toBe('ABCabc');
    expect(startsOf('^(?:x|(?:y|z\\d))+', '')).toBe('xyz');
    expect(startsOf('^[a-c\\d]', '')).toBe('0123456789abc');
    expect(startsOf('^\\bfoo|^(?=bar)baz')).toBe('BFbf');
    expect(startsOf('^[·•|\\s]*(?:\\d+|v)')).toBe('\t\n\u000b\f\r 0123456789Vv|');
    expect(startsOf('^(?:©|\\(c\\)|copyright)')).toBe('(Cc');
    expect(startsOf('^\\[x', '')).toBe('[');
    expect(startsOf('^\\u0041', '')).toBe('A');
    expect(startsOf('^a{0,2}b', '')).toBe('ab');
    expect(startsOf('^a{1,2}b', '')).toBe('a');
  });

  it('answers "any" where a match may start anywhere or with anything', () => {
    for (const [source, flags] of [
      ['skip', 'i'], ['x|^y', 'i'], ['^a*$', 'i'], ['^a?', 'i'], ['^[^a]', 'i'], ['^.', 'i'], ['^\\p{L}', 'iu'], ['^\\S', 'i'],
      ['^a', 'im'], ['^a', 'g'], ['^(?=x)', 'i'], ['^\\b', 'i'], ['^$', 'i'],
    ]) expect(startsOf(source, flags), source).toBeNull();
  });

  it('adds the ASCII letters that ſ and the Kelvin sign match under `iu`', () => {
    expect(startsOf('^\\u017f', 'iu')).toBe('Ss');
    expect(startsOf('^\\u212a', 'iu')).toBe('Kk');
    expect(startsOf('^[\\u0100-\\u0200]', 'iu')).toBe('Ss');
    expect(startsOf('^\\u017f', 'i')).toBe('');
  });

  // Texts each rule's pattern matches, from the pattern itself where fast-check can read it
  // (without `i`, then with letters' case changed at random), else from its words.
  for (const rule of RULES) {
    it(`holds every text rule "${rule.id}" matches to its first set`, () => {
      const starts = asciiStarts(rule.pattern);
      if (starts === null) return;
      let matching: fc.Arbitrary<string>;
      try {
        const plain = new RegExp(rule.pattern.source, rule.pattern.flags.replace('i', ''));
        matching = fc.tuple(fc.stringMatching(plain), fc.array(fc.boolean(), { maxLength: 40 })).map(([text, flips]) =>
          [...text].map((c, i) => (flips[i] ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c)).join(''),
        );
        fc.sample(matching, 1);
      } catch {
        matching = wordsText(rule);
      }
      fc.assert(
        fc.property(matching, (text) => !rule.pattern.test(text) || text.charCodeAt(0) >= 128 || starts.has(text.charCodeAt(0))),
        { seed: SEED, numRuns: Math.min(RUNS, 2000) },
      );
    });
  }
});

describe('RulesByFirstCharacter', () => {
  it('finds the rule a test of every rule in order finds', () => {
    const sorted = new RulesByFirstCharacter(RULES);
    const everyRule = (text: string) => RULES.find((rule) => (rule.maxChars === undefined || text.length <= rule.maxChars) && rule.pattern.test(text));
    const text = fc.oneof(...RULES.map(wordsText));
    fc.assert(fc.property(text, (t) => sorted.matching(t) === everyRule(t)), { seed: SEED, numRuns: RUNS });
  });
});

/** Texts of the literal words in a rule's pattern, in any case, with tricky characters and random strings. */
function wordsText(rule: BoilerplateRule): fc.Arbitrary<string> {
  const words = rule.pattern.source.match(/[A-Za-z]{2,}|[^\x00-\x7f]/g) ?? ['x'];
  const tricky = ['ſ', 'K', '©', '(c)', ' ', '|', '·', '1', '12 min read', '\u00a0', '[', '-', ':'];
  const word = fc.tuple(fc.constantFrom(...words), fc.boolean()).map(([w, upper]) => (upper ? w.toUpperCase() : w));
  const part = fc.oneof(word, fc.constantFrom(...tricky), fc.string({ maxLength: 4 }));
  return fc.array(fc.tuple(part, fc.constantFrom(' ', '', ' | ')), { maxLength: 8 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
}
