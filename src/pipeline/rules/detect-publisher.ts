import type { PublisherRule, RulesFile } from '../../schema';
import { uses } from '../evidence';
import type { Unit } from '../stages/04-units';

/** The first publisher rule whose `detect` pattern occurs in the text, or null. */
export function detectPublisher(text: string, rules: RulesFile): PublisherRule | null {
  const edges = text.length <= 2 * DETECT_WINDOW ? text : `${text.slice(0, DETECT_WINDOW)}\n${text.slice(-DETECT_WINDOW)}`;
  let lower: string | null = null;
  const occurs = (pattern: RegExp) => {
    // A plain word pattern ("\bKreab\b") cannot match where its words are not: one native
    // search of the lower-cased text says so (each such pattern took ~2 ns a character to fail).
    const words = literalOf(pattern);
    if (words !== null && !(lower ??= edges.toLowerCase()).includes(words)) return false;
    return pattern.test(edges);
  };
  return rules.publishers.find((rule) => rule.detect.some(occurs)) ?? null;
}

/**
 * The text a detect pattern matches, lower-cased, when the pattern is only that text (ASCII
 * letters, digits, spaces, `@`, `-`, `_`, an escaped full stop), with or without `\b` at its
 * ends; else null. Such a pattern (compiled `i`, without `u`: ASCII letters match their other
 * case only) matches only where the lower-cased text holds this: toLowerCase maps each ASCII
 * character on its own, whatever stands around it.
 */
export function literalOf(pattern: RegExp): string | null {
  let words = literals.get(pattern);
  if (words === undefined) {
    const plain = /^[ims]*$/.test(pattern.flags) && pattern.flags.includes('i') ? PLAIN_WORDS.exec(pattern.source) : null;
    words = plain ? plain[1].replaceAll('\\.', '.').toLowerCase() : null;
    literals.set(pattern, words);
  }
  return words;
}
const PLAIN_WORDS = /^(?:\\b)?((?:[A-Za-z0-9 @_-]|\\\.)+?)(?:\\b)?$/;
const literals = new WeakMap<RegExp, string | null>();

/** Characters at each end of a file searched for a publisher's name (see PublisherRuleSchema). */
const DETECT_WINDOW = 3000;

/** "…, Kreab is a global … consultancy": the name a blurb gives itself. */
const SELF_NAMED = /(?:^|[,.;]\s)(\p{Lu}[\p{L}&.'’-]*(?: (?:of |for |and )?\p{Lu}[\p{L}&.'’-]*){0,5}) (?:is|are) (?:an?|the) /u;

/** The publisher a removed blurb names, or null. */
export function publisherFromBlurbs(blurbs: Unit[]): string | null {
  for (const blurb of blurbs) {
    const name = SELF_NAMED.exec(blurb.text)?.[1];
    if (name) return name;
  }
  return null;
}

/**
 * "© 2024 Harbour Lane Advisory. All rights reserved.", "Copyright © 2025 The Pacific Ledger":
 * the name a copyright line states (searched at the file's foot, where it stands, and top).
 * Why: it is the publisher the text itself names; nothing is guessed from a domain or a style.
 */
export function publisherFromText(text: string, ablate?: readonly string[]): string | null {
  if (!uses(ablate, 'publisher-copyright')) return null;
  const edges = text.length <= 2 * DETECT_WINDOW ? text : `${text.slice(0, DETECT_WINDOW)}\n${text.slice(-DETECT_WINDOW)}`;
  if (!mayStateCopyright(edges)) return null;
  const line = COPYRIGHT.exec(edges);
  // ("© 2026 by the Center for …": a lower-case "the" is the sentence's, not the name's.)
  const name = line?.[1]?.replace(/[\s,.;–—-]+$/u, '').replace(/^the\s+/u, '').trim();
  return name && name.length >= 2 && !/^all rights/i.test(name) ? name : null;
}

/** Whether a text holds "©" or "copyright": a quick test before the pattern. */
export function mayStateCopyright(text: string): boolean {
  return text.includes('©') || COPYRIGHT_WORD.test(text);
}
const COPYRIGHT_WORD = /copyright/i;

/** The name after "©"/"Copyright" and a year (or years) ("… 2025 by The Global Herald"), up to the first full stop, pipe, dot or dash ("© 2025 Elena Marsh · Privacy"). */
/** (Spaces only, never a line break: "© 2025" alone on a line names no one, whatever the next line says.) */
const COPYRIGHT = /^(?:copyright[ \t]*)?(?:©|\(c\)|copyright)[ \t]*(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*,?[ \t]*)(?:by[ \t]+)?(\p{Lu}[^.|\n–—·∙•]{1,60}?)(?:\.|\||[ \t]*[·∙•]|[ \t][–—-][ \t]|,? all rights|$)/imu;
