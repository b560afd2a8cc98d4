/** Fast paths of the rules, each held to the plain definition it replaces. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublisherRule, RulesFile } from '../../../src/schema';
import { DetectPatternSchema } from '../../../src/schema/rules';
import { detectPublisher, literalOf } from '../../../src/pipeline/rules/detect-publisher';
import { GENERIC_BOILERPLATE } from '../../../src/pipeline/rules/generic-rules';
import { PrecheckedPattern } from '../../../src/pipeline/rules/prechecked-pattern';
import { holdsSeparator, takeawayCueMatcher } from '../../../src/pipeline/rules/takeaway-cues';
import { fold } from '../../../src/pipeline/text/fold';
import { GENERIC_INLINE_TAKEAWAY_CUES, GENERIC_TAKEAWAY_CUES } from '../../../src/pipeline/rules/generic-rules';

const SEED = 20261127;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);
/** Characters that fold or case differently (Kelvin sign, long s, dotted I, final sigma, astral). */
const TRICKY = ['K', 'ſ', 'İ', 'Σ', '𐐀', 'ß', 'É', '\u00a0', '\t', '  ', '中文', '：', '—', '–', ':', ' '];
/** Texts made of `words` (in any case), tricky characters and random strings. */
function textOf(words: string[], maxParts = 12): fc.Arbitrary<string> {
  const word = fc.tuple(fc.constantFrom(...words), fc.constantFrom('lower', 'upper', 'title', 'asis')).map(([w, c]) =>
    c === 'lower' ? w.toLowerCase() : c === 'upper' ? w.toUpperCase() : c === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w,
  );
  const part = fc.oneof(word, fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 }), fc.string({ maxLength: 3, unit: 'binary' }));
  const joined = fc.tuple(part, fc.constantFrom(' ', '', ', ')).map(([p, separator]) => p + separator);
  return fc.array(joined, { maxLength: maxParts }).map((parts) => parts.join(''));
}

describe('takeaway cue matcher: the separator search', () => {
  // The matcher as written before the search (the definition).
  const INLINE_CUE = /^([^:：—–]{2,30}?)\s*[:：—–]\s*(.+)$/u;
  const BRACKETED_CUE = /^【([^】]{1,12})】\s*(.+)$/u;
  const cues = new Set(GENERIC_TAKEAWAY_CUES.map(fold));
  const inlineCues = new Set([...GENERIC_TAKEAWAY_CUES, ...GENERIC_INLINE_TAKEAWAY_CUES].map(fold));
  const definition = (text: string) => {
    // ("Practical takeaways": the label with a word or two before it; "Key takeaways for
    // procurement teams": addressed, one to three words after "for".)
    if (text.length <= 40 && (cues.has(fold(text)) || /^(?:(?:[\p{L}-]+ ){1,2}takeaways?|(?:[\p{L}-]+ ){0,2}takeaways? for(?: [\p{L}-]+){1,3}):?$/u.test(fold(text)))) return { inline: null };
    const inline = INLINE_CUE.exec(text) ?? BRACKETED_CUE.exec(text);
    const label = inline ? fold(inline[1]) : '';
    const addressed = /^(.+) for (?:\S+ ){0,2}\S+$/.exec(label);
    if (inline && (inlineCues.has(label) || (addressed !== null && inlineCues.has(addressed[1]))) && inline[2].length > 0) return { inline: inline[2] };
    return null;
  };
  const text = textOf(['bottom line', 'Key takeaways', 'our read', 'why it matters', 'TL;DR', 'Note', '要点', 'x', 'our view', '【简评】', '【', '】', 'for', 'for you'], 8);

  it('answers as the pattern alone', () => {
    const matcher = takeawayCueMatcher([]);
    fc.assert(fc.property(text, (t) => {
      expect(matcher(t)).toEqual(definition(t));
    }), { seed: SEED, numRuns: RUNS });
  });

  it('finds a separator in every text the pattern matches', () => {
    fc.assert(fc.property(text, (t) => !INLINE_CUE.test(t) || holdsSeparator(t)), { seed: SEED, numRuns: RUNS });
  });
});

describe('detectPublisher: the word search before a plain word pattern', () => {
  const sources = ['\\bKreab\\b', 'kchina@kreab\\.com', '\\bBeijing Brief\\b', 'Tony Blair Institute for Global Change', 'ab\\b', '\\bk-s_2\\b', '^Source: TBI analysis', 'Krea.', '\\bſtrasse\\b'];
  const patterns = sources.map((source) => DetectPatternSchema.parse(source));
  const text = textOf(['Kreab', 'kreab', 'KREAB', 'kchina@kreab.com', 'Beijing Brief', 'Beijing  Brief', 'Tony Blair Institute for Global Change', 'Source: TBI analysis', 'ab', 'k-s_2', 'Kreabs', 'strasse', '\n'], 10);
  const rulesOf = (picked: number[]): RulesFile => ({
    publishers: picked.map((p, i) => ({ id: `p${i}`, name: `P${i}`, detect: [patterns[p], patterns[(p + 3) % patterns.length]] }) as unknown as PublisherRule),
  });
  // The definition: the first rule with a pattern that matches the file's edges.
  const definition = (t: string, rules: RulesFile) => {
    const edges = t.length <= 6000 ? t : `${t.slice(0, 3000)}\n${t.slice(-3000)}`;
    return rules.publishers.find((rule) => rule.detect.some((pattern) => pattern.test(edges))) ?? null;
  };

  it('finds the rule the patterns alone find', () => {
    const picks = fc.array(fc.nat(patterns.length - 1), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(text, picks, (t, picked) => {
      const rules = rulesOf(picked);
      expect(detectPublisher(t, rules)?.id ?? null).toBe(definition(t, rules)?.id ?? null);
    }), { seed: SEED, numRuns: RUNS });
  });

  it('takes the words of plain word patterns only', () => {
    expect(patterns.map(literalOf)).toEqual(['kreab', 'kchina@kreab.com', 'beijing brief', 'tony blair institute for global change', 'ab', 'k-s_2', null, null, null]);
  });
});

describe('generic rules with a pre-check', () => {
  const prechecked = GENERIC_BOILERPLATE.filter((rule) => rule.pattern instanceof PrecheckedPattern);
  // The words of every branch of those patterns, and near misses.
  const words = [
    'we use cookies', 'this site uses cookies', 'this website uses cookies', 'by continuing to browse', 'by continuing to use', 'cookie policy', 'cookie settings',
    'cookie preferences', 'accept', 'reject', 'allow', 'decline', 'all', 'cookies', 'manage', 'manage cookie', 'preferences', 'settings', 'unsubscribe',
    'manage your subscription', 'manage email preferences', 'update your preferences', 'you are receiving this', "you're received this", 'you received this',
    'email', 'e-mail', 'newsletter', 'message', 'alert', 'cookie', 'continuing', 'subscribe', 'receive', 'use', 'K', 'ſ',
    'Home', 'News', 'China', 'Trade law', ' | ', ' › ', ' » ', ' > ', ' / ', '|', '›', '»', '>', '/', '’', '&', '-',
  ];
  const text = textOf(words, 6);

  it('covers the cookie banner, the breadcrumbs and the unsubscribe footer', () => {
    expect(prechecked.map((rule) => rule.id).sort()).toEqual(['breadcrumbs', 'cookie-banner', 'unsubscribe-footer']);
  });

  it('each answers as its full pattern', () => {
    for (const rule of prechecked) {
      const full = new RegExp(rule.pattern.source, rule.pattern.flags);
      fc.assert(fc.property(text, (t) => rule.pattern.test(t) === full.test(t)), { seed: SEED, numRuns: RUNS });
      // Texts the pattern matches, made from it (where fast-check reads it: no `\b`, no lookarounds).
      const matching = (() => {
        try {
          const made = fc.stringMatching(new RegExp(full.source, full.flags.replace('i', '')));
          fc.sample(made, 1);
          return made;
        } catch {
          return null;
        }
      })();
      if (matching) fc.assert(fc.property(matching, (t) => rule.pattern.test(t) === full.test(t)), { seed: SEED, numRuns: RUNS });
      // And the lines the patterns are written for still match.
      for (const line of ['We use cookies to improve your experience', 'Accept all cookies', 'Manage preferences', 'Unsubscribe | Update your preferences', "You're receiving this email because you signed up", 'Home | News | China', 'Home > News > China', 'Home / News / China', 'Interviews › Trade law']) {
        expect(rule.pattern.test(line)).toBe(full.test(line));
      }
    }
  });
});
