import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../src/pipeline/stages/06-extract-header';
import { unitsOf } from '../../helpers/stages';

const PROSE = 'The State Council published the plan on Monday, and provinces are expected to follow with their own targets.';
const noCue = () => false;

/** [case, header lines, what the header states] */
const cases: [string, string, Record<string, unknown>][] = [
  ['title and dateline', 'Weekly China Insight\nBeijing, 6 February 2026', { title: 'Weekly China Insight', date: '2026-02-06', place: 'Beijing' }],
  ['news timestamp', 'China unveils new trade measures\n2026-01-26 17:14 Last Updated At:23:37', { title: 'China unveils new trade measures', date: '2026-01-26' }],
  ['series and week covered', 'SwedCham China Insights for the week of February 2 - February 6, 2026\nWeekly China Insight\nBeijing, 6 February 2026', { series: 'SwedCham China Insights', title: 'Weekly China Insight', week: { start: '2026-02-02', end: '2026-02-06' } }],
  ['no header at all', '', { title: null, date: null }],
];

describe('extractHeader', () => {
  it.each(cases)('%s', (_name, header, expected) => {
    const { units, ledger } = unitsOf(`${header}\n${PROSE}`.trimStart());
    const { facts, body } = extractHeader(units, noCue, ledger);
    expect(facts).toMatchObject(expected);
    expect(body.map((unit) => unit.text)).toContain(PROSE);
  });

  it('removes the lines it reads as metadata, under a metadata rule', () => {
    const { units, ledger } = unitsOf(`Weekly China Insight\nBeijing, 6 February 2026\n${PROSE}`);
    extractHeader(units, noCue, ledger);
    expect(ledger.removedInOrder().map((line) => line.rule.split(':')[0])).toEqual(['metadata', 'metadata']);
  });
});
