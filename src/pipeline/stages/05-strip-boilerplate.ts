import type { BoilerplateRule } from '../../schema';
import type { Ledger } from '../text/ledger';
import { unitKey, type Unit } from './04-units';

/** How many units from the top or bottom of a page a `paragraph` rule (a blurb) may stand. */
const EDGE_UNITS = 4;

/** What is left of a file's units, and the removed blurbs (they name the publisher). */
export interface StripResult {
  units: Unit[];
  blurbs: Unit[];
}

/**
 * Removes boilerplate by rule, recording every removed line in the ledger:
 * 1. `tail` rules cut the page's tail (related links, methodology, mail footer) from the first
 *    match in the second half of the file; in the first half they remove just that line;
 * 2. `line` rules remove matching lines; `paragraph` rules matching paragraphs (blurbs) at
 *    the top or bottom of the page;
 * 3. a line that repeats the line before it is removed once ("Timeline", "Timeline").
 */
export function stripBoilerplate(units: Unit[], rules: BoilerplateRule[], ledger: Ledger): StripResult {
  const tailRules = rules.filter((rule) => rule.scope === 'tail');
  const lineRules = rules.filter((rule) => rule.scope === 'line');
  const paragraphRules = rules.filter((rule) => rule.scope === 'paragraph');

  // Tail rules are tested on the second half here, in order, until one matches: the units
  // before that match have been tested already, so the loop below tests them again only on
  // the first half.
  const secondHalf = Math.ceil(units.length / 2);
  const tailStart = units.findIndex((unit, i) => i >= secondHalf && matching(tailRules, unit));
  const body = tailStart === -1 ? units : units.slice(0, tailStart);
  if (tailStart !== -1) {
    const rule = matching(tailRules, units[tailStart])!;
    for (const unit of units.slice(tailStart)) ledger.remove(unit, rule.id);
  }

  const kept: Unit[] = [];
  const blurbs: Unit[] = [];
  body.forEach((unit, i) => {
    const lineRule = matching(lineRules, unit) ?? (i < secondHalf ? matching(tailRules, unit) : undefined);
    // Blurbs stand at the top or the bottom of a page, never between two stories.
    const atEdge = i < EDGE_UNITS || i >= body.length - EDGE_UNITS;
    const paragraphRule = lineRule || !atEdge ? undefined : matching(paragraphRules, unit);
    if (lineRule ?? paragraphRule) {
      ledger.remove(unit, (lineRule ?? paragraphRule)!.id);
      if (paragraphRule) blurbs.push(unit);
    } else if (kept.length > 0 && sameText(kept[kept.length - 1], unit)) {
      ledger.remove(unit, 'repeated-line');
    } else {
      kept.push(unit);
    }
  });
  return { units: kept, blurbs };
}

/** Same folded text; lengths far apart cannot fold to the same text, so skip folding them. */
function sameText(a: Unit, b: Unit): boolean {
  if (Math.abs(a.text.length - b.text.length) > 8 + Math.max(a.text.length, b.text.length) / 10) return false;
  return unitKey(a) === unitKey(b);
}

function matching(rules: BoilerplateRule[], unit: Unit): BoilerplateRule | undefined {
  return rules.find((rule) => (rule.maxChars === undefined || unit.text.length <= rule.maxChars) && rule.pattern.test(unit.text));
}
