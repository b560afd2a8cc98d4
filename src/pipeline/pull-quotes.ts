import type { Ledger } from './ledger';
import { fold } from './normalize';
import { wordCount } from './text-shape';
import type { Unit } from './units';

/** A pull quote is this long at least; shorter repeats are ordinary phrases. */
const MIN_PULL_QUOTE_WORDS = 8;
/** How many units away the quoted paragraph may stand (pull quotes sit near their source). */
const WINDOW = 8;

/**
 * Removes pull quotes: a unit whose text repeats part of a longer paragraph nearby. The
 * paragraph keeps the sentence, so the reader sees it once. Linear in the number of units.
 */
export function removePullQuotes(units: Unit[], ledger: Ledger): Unit[] {
  const folded = units.map((unit) => fold(unit.text));
  return units.filter((unit, i) => {
    if (wordCount(unit.text) < MIN_PULL_QUOTE_WORDS) return true;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(units.length - 1, i + WINDOW); j++) {
      if (j !== i && folded[j].length > folded[i].length && folded[j].includes(folded[i])) {
        ledger.remove(unit, 'pull-quote');
        return false;
      }
    }
    return true;
  });
}
