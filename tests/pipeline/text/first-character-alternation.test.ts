/** `groupedByFirstCharacter` matches the texts its pattern matches (src/pipeline/text/first-character-alternation.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedByFirstCharacter, topLevelAlternatives } from '../../../src/pipeline/text/first-character-alternation';
import { LONG_NOTICE, NOTICE, uiFurniture } from '../../../src/pipeline/evidence/ui-vocabulary';

const SEED = 20261127;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 5_000);

// Alternatives built from pieces that stress the regrouping: shared and case-differing first
// characters, quantifiers right after the first character, classes and groups holding `|`,
// escapes, anchors, CJK.
const piece = fc.constantFrom('a', 'ab', 'A', 'b', 'v', 'view', 'views', 'x?', 'y*', 'z+', 'c{2}', '[|a]', '(?:e|f)', '\\b', '\\|', '\\.', '.', ' ', '^', '$', '中', '中文', "'s", '\\d', '(?:s )?');
const alternative = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''));
const pattern = fc.tuple(fc.array(alternative, { minLength: 1, maxLength: 8 }), fc.constantFrom('i', '', 'u', 'iu')).map(([alternatives, flags]) => {
  try {
    return new RegExp(alternatives.join('|'), flags);
  } catch {
    return /a/;
  }
});
const text = fc.array(fc.oneof(fc.constantFrom('a', 'A', 'ab', 'view', 'VIEWS', 'x', 'yy', 'zz', 'cc', '|', '.', ' ', '中文', "'s", '1', 'e', 'f', 'ſ', 'K'), fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(''));

describe('groupedByFirstCharacter', () => {
  it('matches exactly the texts the pattern matches', () => {
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 10 }), (p, texts) => {
        const grouped = groupedByFirstCharacter(p);
        for (const t of texts) expect(grouped.test(t)).toBe(p.test(t));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('matches as the reader-notice list did, on texts made of its phrases', () => {
    const phrases = ['views expressed', 'views are my own', "views are the author's own", 'opinions expressed', 'does not necessarily represent those', 'all rights reserved', 'view this email online', 'view it in your browser', 'subscribe here', 'safe senders', 'referrals only', 'every monday', 'every weekday.', "that's all for today", '主办单位：', '未经本站授权', 'sponsored', 'a weekly newsletter on', 'your daily ', 'this article was first published'];
    const notice = new RegExp(["views (?:expressed|are (?:my|their|the author'?s) own)", 'opinions expressed', 'do(?:es)? not (?:necessarily )?(?:represent|reflect) (?:those|the views)', 'all rights reserved', 'subscribe (?:here|for free|now|to (?:the|our))', 'view (?:it|this (?:e-?mail|message)) (?:online|in (?:your )?browser)', 'safe senders', 'referrals?,? only', "that's (?:all|it) for (?:this|today)", 'every (?:monday|tuesday|weekday)\\.?$', '^sponsored\\b', '^(?:a|an|your) (?:\\S+ ){0,4}(?:letter|newsletter) (?:on|about)\\b', '^(?:a|an|your) (?:\\S+ ){0,2}(?:daily|weekly) ', '主办(?:单位)?\\s*[:：]', '未经.{0,12}授权', 'this (?:interview|article) (?:is|was) (?:part of|first published)'].join('|'), 'i');
    const grouped = groupedByFirstCharacter(notice);
    expect(grouped.source).not.toBe(notice.source);
    const line = fc.array(fc.oneof(fc.constantFrom(...phrases), fc.constantFrom(...phrases).map((p) => p.toUpperCase()), fc.string({ maxLength: 4 })), { maxLength: 5 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(line, (t) => {
      expect(grouped.test(t)).toBe(notice.test(t));
    }), { seed: SEED, numRuns: RUNS });
  });

  it('splits only at the top level, and refuses captures', () => {
    expect(topLevelAlternatives('a(?:b|c)|[|d]|e\\|f|g')).toEqual(['a(?:b|c)', '[|d]', 'e\\|f', 'g']);
    expect(() => groupedByFirstCharacter(/(a)|b/)).toThrow();
    expect(() => groupedByFirstCharacter(/(?<x>a)|b/)).toThrow();
    // A backreference (written from a string: TypeScript refuses one without its group in a literal).
    expect(() => groupedByFirstCharacter(new RegExp('a|\\1'))).toThrow();
  });
});

describe('uiFurniture, with NOTICE and LONG_NOTICE as one grouped pattern', () => {
  // The notice tests as written before (the definition), after the short-line tests.
  const definition = (text: string, words: number) => {
    if (words <= 40 && NOTICE.test(text)) return 'furniture:notice';
    if (words <= 150 && LONG_NOTICE.test(text)) return 'furniture:notice';
    return null;
  };
  const phrases = ['views expressed', 'Opinions expressed here', 'all rights reserved', 'we and our 12 partners', 'We use cookies', 'uses cookies', 'store and/or access information', 'without prior written permission', 'every Friday.', "that's it for today", 'sponsored', 'A weekly newsletter about', '版权所有', '未经许可授权', '主办单位：', 'safe harbour statement', 'the economy grew', 'policy'];
  const line = fc.array(fc.oneof(fc.constantFrom(...phrases), fc.constantFrom(...phrases).map((p) => p.toUpperCase()), fc.string({ maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join(' '));

  it('calls a line a notice exactly when one of the two patterns did, at every word count', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 13, max: 160 }), (t, words) => {
        expect(uiFurniture(t, words)).toBe(definition(t, words));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
