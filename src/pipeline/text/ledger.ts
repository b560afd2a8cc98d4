import type { RemovedLine } from '../../schema';
import type { Unit } from '../stages/04-units';

/**
 * Accounts for every non-blank line of a file: each ends up kept (in a block, a takeaway or as
 * metadata) or removed with a rule id. A line in neither is a bug the pipeline reports.
 */
export class Ledger {
  readonly removed: RemovedLine[] = [];
  private readonly kept = new Set<number>();
  private readonly keptUnits: Unit[] = [];
  private readonly texts = new Map<number, string>();

  constructor(lines: string[]) {
    lines.forEach((text, i) => {
      if (text !== '') this.texts.set(i + 1, text);
    });
  }

  /** Marks a unit's lines as part of the reader's text. */
  keep(unit: Unit): void {
    unit.lines.forEach((line) => this.kept.add(line));
    this.keptUnits.push(unit);
  }

  /** The kept units in the order they were kept (reading order): where each kept text came from. */
  keptInOrder(): readonly Unit[] {
    return this.keptUnits;
  }

  /** A line's text as the file has it (after normalisation). */
  textOf(line: number): string | undefined {
    return this.texts.get(line);
  }

  /** Records a unit's lines as removed by `rule`. */
  remove(unit: Unit, rule: string): void {
    for (const line of unit.lines) this.removed.push({ line, text: this.texts.get(line) ?? unit.text, rule });
  }

  /** Lines neither kept nor removed. Empty unless a stage dropped something silently. */
  unaccounted(): number[] {
    const removed = new Set(this.removed.map((r) => r.line));
    return [...this.texts.keys()].filter((line) => !this.kept.has(line) && !removed.has(line));
  }

  /** Lines both kept and removed, or removed twice (must be empty too): each line has one place. */
  doubleCounted(): number[] {
    const seen = new Set<number>();
    return this.removed
      .map((r) => r.line)
      .filter((line) => {
        const twice = this.kept.has(line) || seen.has(line);
        seen.add(line);
        return twice;
      });
  }

  /** Removed lines sorted by line number, for the report. */
  removedInOrder(): RemovedLine[] {
    return [...this.removed].sort((a, b) => a.line - b.line);
  }
}
