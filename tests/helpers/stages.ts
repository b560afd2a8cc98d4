import { normalize } from '../../src/pipeline';
import { toUnits, type Unit } from '../../src/pipeline/stages/04-units';
import { Ledger } from '../../src/pipeline/text/ledger';

/** A text as a stage receives it: normalized units, and a fresh ledger of its lines. */
export function unitsOf(text: string): { units: Unit[]; ledger: Ledger } {
  const normalized = normalize(text);
  return { units: toUnits(normalized), ledger: new Ledger(normalized.split('\n')) };
}

/** Removed lines as `rule: text`, for compact expectations. */
export function removedLines(ledger: Ledger): string[] {
  return ledger.removedInOrder().map((line) => `${line.rule}: ${line.text}`);
}
