/**
 * Zones: where the body's prose starts and ends. The body runs from the first to the last unit
 * of body prose (long, function-word-rich: see function-words.ts) that no other evidence calls
 * furniture: the idea behind jusText and boilerpipe, reduced to its two ends.
 *
 * Why: furniture clusters above and below the body (mastheads, menus, share bars; sign-offs,
 * footers, comment widgets), and it is short; prose that a site adds (a disclaimer, a bio) has
 * its own evidence elsewhere. Knowing the body's end lets a short line below it be judged as
 * furniture whatever its words.
 *
 * Weight: below the body, a short line (≤ MAX_BELOW_WORDS words) that is not a list item, a
 * takeaway label, a speaker's turn, or the label of a list that follows is removed as `zone:below-body`. Above
 * the body nothing is removed by zone alone: the header stage reads title, date and crumbs there.
 */
import type { Unit } from '../stages/04-units';
import { isBodyProse } from './function-words';

/** Indexes of the first and last body-prose units; -1 when the text has none. */
export interface BodyZone {
  start: number;
  end: number;
}

/** A line below the body this short is furniture (sign-offs, buttons, names, counters). */
export const MAX_BELOW_WORDS = 8;

/**
 * Finds the body zone, skipping units already judged furniture. Scans inwards from both ends,
 * so it tests only the few units outside the body.
 */
export function bodyZone(units: Unit[], furniture: readonly (string | null)[], ablate: readonly string[] | undefined): BodyZone {
  const prose = (i: number) => furniture[i] === null && isBodyProse(units[i].text, ablate);
  let start = 0;
  while (start < units.length && !prose(start)) start++;
  if (start === units.length) return { start: -1, end: -1 };
  let end = units.length - 1;
  while (end > start && !prose(end)) end--;
  return { start, end };
}
