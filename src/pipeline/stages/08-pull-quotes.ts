import type { Ledger } from '../text/ledger';
import { unitKey, type Unit } from './04-units';

/** A pull quote is this long at least; shorter repeats are ordinary phrases. */
const MIN_PULL_QUOTE_WORDS = 8;
/** A pull quote is a sentence or two; longer repeats are not pull quotes (and are costly to test). */
const MAX_PULL_QUOTE_WORDS = 80;
/** How many units away the quoted paragraph may stand (pull quotes sit near their source). */
const WINDOW = 8;

/**
 * Removes pull quotes: a unit whose text repeats part of a longer paragraph nearby. The
 * paragraph keeps the sentence, so the reader sees it once. Linear in the number of units.
 */
export function removePullQuotes(units: Unit[], ledger: Ledger): Unit[] {
  // Each unit's folded text, taken from the file's fold cache once: a unit is the neighbour of up
  // to 2 · WINDOW others, and a lookup by text (a hash of it) for each was most of this stage.
  const keys: (string | undefined)[] = new Array(units.length);
  const keyOf = (j: number) => (keys[j] ??= unitKey(units[j]));
  return units.filter((unit, i) => {
    if (unit.words < MIN_PULL_QUOTE_WORDS || unit.words > MAX_PULL_QUOTE_WORDS) return true;
    const quote = keyOf(i);
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(units.length - 1, i + WINDOW); j++) {
      if (j !== i && units[j].text.length > unit.text.length && keyOf(j).includes(quote)) {
        ledger.remove(unit, 'pull-quote');
        return false;
      }
    }
    return true;
  });
}
