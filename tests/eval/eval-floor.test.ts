/**
 * Holds a floor under the extraction figures of the labelled eval corpus (both splits, one
 * archive), so that no change lowers them silently. To raise the floors after an improvement,
 * or after adding documents, run `npm run eval -- --write-floors` and commit floors.json.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type EvalRun } from './evaluate';
import { belowFloors, readFloors } from './floors';

describe('extraction eval: figures on the labelled corpus', () => {
  let run: EvalRun;
  beforeAll(async () => {
    run = await evaluate('all');
  });

  it('every corpus document has labels that parse', () => {
    expect(run.problems).toEqual([]);
  });

  it('no figure falls below its recorded floor', () => {
    const floors = readFloors();
    const failures = belowFloors(run.report.overall, floors);
    const hint =
      run.report.overall.documents === floors.documents
        ? ''
        : ` (the floors were recorded on ${floors.documents} documents, the corpus now has ${run.report.overall.documents}: if documents were added on purpose, re-record with npm run eval -- --write-floors)`;
    expect(failures, `figures below their floors${hint}`).toEqual([]);
  });
});
