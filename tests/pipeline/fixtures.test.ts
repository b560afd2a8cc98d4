/**
 * One test over every case folder in tests/fixtures/parsing and tests/fixtures/grouping:
 * `input/` is a folder of raw files (with any sidecars), `expected.json` the full ingest report
 * for it. A new case is a new folder.
 * `UPDATE_FIXTURES=1 npx vitest run tests/pipeline/fixtures.test.ts` writes missing or changed
 * expectations — review every diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestResultSchema } from '../../src/schema';
import { FIXTURES_DIR, GROUPING_FIXTURES, ingestFolder, PARSING_FIXTURES } from '../helpers/pipeline';

const cases = [PARSING_FIXTURES, GROUPING_FIXTURES]
  .flatMap((kind) => readdirSync(kind, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(join(kind, entry.name, 'input'))).map((entry) => join(kind, entry.name)))
  .sort();

describe('fixtures', () => {
  it('has at least the six required shapes of input', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases.map((dir) => [relative(FIXTURES_DIR, dir), dir]))('%s', async (_name, dir) => {
    const result = await ingestFolder(join(dir, 'input'));
    IngestResultSchema.parse(result);
    const expectedPath = join(dir, 'expected.json');
    const actual = JSON.parse(JSON.stringify(result));
    if (process.env.UPDATE_FIXTURES || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      if (!process.env.UPDATE_FIXTURES) throw new Error(`${expectedPath} was missing; written now — review it`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    // No line of any fixture may be lost silently.
    expect(result.notes.filter((note) => note.rule === 'ledger')).toEqual([]);
  });
});
