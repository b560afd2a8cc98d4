/**
 * Properties of the whole single-file pipeline, for arbitrary input. Seeded, so a failure is
 * reproducible; fast-check prints the shrunk counter-example.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestFile, normalize } from '../../src/pipeline';
import { IssueSchema } from '../../src/schema';
import { RULES } from '../helpers/pipeline';

const SEED = 20260206;
// 10,000 cases per property in CI (about 6 s in all); PROPERTY_RUNS raises it for a soak.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);
/** Room for long soaks (`npm run test:stress`): about 1 ms a case, with margin. */
const TIMEOUT = Math.max(60_000, RUNS * 5);

/** Lines in the shapes briefings have, so the generator reaches every stage of the parser. */
const line = fc.oneof(
  fc.constantFrom('Key Takeaways', 'Bottom line: it matters.', 'Share', 'Timeline', 'Source: TBI analysis', 'Recommended Articles', 'How we covered this story', 'Beijing, 6 February 2026', '2026-01-26 17:14', 'China country Belt and Road Initiative technology', 'companyPositive', '> quoted', '# Heading', '**Bold**', '', ''),
  fc.string({ maxLength: 80 }),
  fc.array(fc.constantFrom('China', 'trade', 'the', 'policy', 'Xi', 'said', '2026', '会谈', '“quoted”', 'growth'), { minLength: 1, maxLength: 30 }).map((words) => words.join(' ')),
  fc.tuple(fc.constantFrom('• ', '- ', '1. ', '2. 2', '3) ', ''), fc.string({ maxLength: 40 })).map(([marker, text]) => marker + text),
  fc.array(fc.constantFrom('Provinces', 'set', 'targets', 'for', 'growth', 'and', 'investment'), { minLength: 8, maxLength: 40 }).map((w) => `${w.join(' ')}.`),
);
const briefing = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

function checkOutcome(bytes: Uint8Array): void {
  const outcome = ingestFile({ file: 'generated.txt', bytes }, { rules: RULES });
  if (outcome.kind === 'rejected') {
    expect(outcome.rejection.reason).not.toMatch(/^internal error/);
    expect(outcome.rejection.reason.length).toBeGreaterThan(0);
    return;
  }
  IssueSchema.parse(outcome.issue);
  expect(outcome.notes.filter((note) => note.rule === 'ledger')).toEqual([]);
}

describe('pipeline properties', () => {
  it('briefing-shaped text: an issue or a rejection, schema-valid, every line accounted for', () => {
    fc.assert(fc.property(briefing, (text) => checkOutcome(new TextEncoder().encode(text))), { seed: SEED, numRuns: RUNS });
  }, TIMEOUT);

  it('arbitrary Unicode strings: the same', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkOutcome(new TextEncoder().encode(text))), { seed: SEED, numRuns: RUNS });
  }, TIMEOUT);

  it('arbitrary bytes: the same', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => checkOutcome(bytes)), { seed: SEED, numRuns: RUNS });
  }, TIMEOUT);

  it('normalize is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => normalize(normalize(text)) === normalize(text)), { seed: SEED, numRuns: RUNS });
  }, TIMEOUT);
});
