/**
 * One test over every folder in tests/fixtures: `input/` is a folder of raw files (with any
 * sidecars), `expected.json` the full ingest report for it. A new case is a new folder.
 * `UPDATE_FIXTURES=1 npx vitest run tests/pipeline/fixtures.test.ts` writes missing or changed
 * expectations — review every diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestResultSchema } from '../../src/schema';
import { FIXTURES_DIR, ingestFolder } from '../helpers/pipeline';

const cases = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES_DIR, entry.name, 'input')))
  .map((entry) => entry.name)
  .sort();

describe('fixtures', () => {
  it('has at least the six required shapes of input', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('%s', async (name) => {
    const result = await ingestFolder(join(FIXTURES_DIR, name, 'input'));
    IngestResultSchema.parse(result);
    const expectedPath = join(FIXTURES_DIR, name, 'expected.json');
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
