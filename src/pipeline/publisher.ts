import type { PublisherRule, RulesFile } from '../schema';
import type { Unit } from './units';

/** The first publisher rule whose `detect` pattern occurs in the text, or null. */
export function detectPublisher(text: string, rules: RulesFile): PublisherRule | null {
  return rules.publishers.find((rule) => rule.detect.some((pattern) => pattern.test(text))) ?? null;
}

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
