import type { PublisherRule, RulesFile } from '../../schema';
import type { Unit } from '../stages/04-units';

/** The first publisher rule whose `detect` pattern occurs in the text, or null. */
export function detectPublisher(text: string, rules: RulesFile): PublisherRule | null {
  const edges = text.length <= 2 * DETECT_WINDOW ? text : `${text.slice(0, DETECT_WINDOW)}\n${text.slice(-DETECT_WINDOW)}`;
  return rules.publishers.find((rule) => rule.detect.some((pattern) => pattern.test(edges))) ?? null;
}

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
