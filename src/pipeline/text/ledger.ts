import type { RemovedLine } from '../../schema';
import type { Unit } from '../stages/04-units';

/**
 * Accounts for every non-blank line of a file: each ends up kept (in a block, a takeaway or as
 * metadata) or removed with a rule id. A line in neither is a bug the pipeline reports.
 */
export class Ledger {
  readonly removed: RemovedLine[] = [];
  /**
   * 1 where a line is kept, by line number (the file's lines, from 1; units hold no others).
   * Arrays, not a Map of texts and a Set of numbers: those were ~20 MB of garbage a thread at
   * 10,000 files.
   */
  private readonly kept: Uint8Array;
  private readonly keptUnits: Unit[] = [];

  constructor(private readonly lines: string[]) {
    this.kept = new Uint8Array(lines.length + 1);
  }

  /** Marks a unit's lines as part of the reader's text. */
  keep(unit: Unit): void {
    for (const line of unit.lines) this.kept[line] = 1;
    this.keptUnits.push(unit);
  }

  /** The kept units in the order they were kept (reading order): where each kept text came from. */
  keptInOrder(): readonly Unit[] {
    return this.keptUnits;
  }

  /** A line's text as the file has it (after normalisation); undefined for a blank line. */
  textOf(line: number): string | undefined {
    const text = line >= 1 ? this.lines[line - 1] : undefined;
    return text === '' ? undefined : text;
  }

  /** Records a unit's lines as removed by `rule`. */
  remove(unit: Unit, rule: string): void {
    for (const line of unit.lines) this.removed.push({ line, text: this.textOf(line) ?? unit.text, rule });
  }

  /** Lines neither kept nor removed. Empty unless a stage dropped something silently. */
  unaccounted(): number[] {
    const removed = new Uint8Array(this.lines.length + 1);
    for (const r of this.removed) if (r.line >= 1 && r.line <= this.lines.length) removed[r.line] = 1;
    const left: number[] = [];
    for (let line = 1; line <= this.lines.length; line++) if (this.lines[line - 1] !== '' && this.kept[line] === 0 && removed[line] === 0) left.push(line);
    return left;
  }

  /** Lines both kept and removed, or removed twice (must be empty too): each line has one place. */
  doubleCounted(): number[] {
    const seen = new Set<number>();
    const twice: number[] = [];
    for (const { line } of this.removed) {
      if (this.kept[line] === 1 || seen.has(line)) twice.push(line);
      seen.add(line);
    }
    return twice;
  }

  /** Removed lines sorted by line number, for the report. */
  removedInOrder(): RemovedLine[] {
    return [...this.removed].sort((a, b) => a.line - b.line);
  }

}
