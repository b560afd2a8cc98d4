import { describe, expect, it } from 'vitest';
import { GENERIC_BOILERPLATE } from '../../../src/pipeline/rules/generic-rules';
import { stripBoilerplate } from '../../../src/pipeline/stages/05-strip-boilerplate';
import { removedLines, unitsOf } from '../../helpers/stages';

const PROSE = 'The State Council published the plan on Monday, and provinces are expected to follow with their own targets.';

/** [case, text, lines removed as `rule: text`] */
const cases: [string, string, string[]][] = [
  ['skip link', `Skip to Content\n${PROSE}`, ['skip-link: Skip to Content']],
  ['share buttons', `Share | Facebook | LinkedIn | Print\n${PROSE}`, ['share-buttons: Share | Facebook | LinkedIn | Print']],
  ['copyright line', `${PROSE}\n© 2026 Example Media. All rights reserved.`, ['copyright: © 2026 Example Media. All rights reserved.']],
  ['a line repeated right after itself', `Timeline\nTimeline\n${PROSE}`, ['repeated-line: Timeline']],
  ['prose stays', PROSE, []],
];

describe('stripBoilerplate (generic rules)', () => {
  it.each(cases)('%s', (_name, text, removed) => {
    const { units, ledger } = unitsOf(text);
    const result = stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(removedLines(ledger)).toEqual(removed);
    expect(result.units.map((unit) => unit.text)).toContain(PROSE);
  });

  it('cuts a related-articles tail in the second half of the page, to the end', () => {
    const text = [PROSE, PROSE.replace('Monday', 'Tuesday'), PROSE.replace('Monday', 'Friday'), 'Recommended Articles', 'Another story entirely', 'And one more'].join('\n');
    const { units, ledger } = unitsOf(text);
    const result = stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(result.units).toHaveLength(3);
    expect(new Set(ledger.removedInOrder().map((line) => line.rule))).toEqual(new Set(['related-links']));
  });

  it('keeps a publisher blurb apart (it names the publisher)', () => {
    const text = `Founded in Stockholm in 1970, Kreab is an international communications consultancy with offices in 25 countries. Contact us at info@kreab.example.org.\n${PROSE}\n${PROSE.replace('Monday', 'Tuesday')}\n${PROSE.replace('Monday', 'Friday')}`;
    const { units, ledger } = unitsOf(text);
    const result = stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(result.blurbs.map((unit) => unit.text)).toEqual([units[0].text]);
    expect(removedLines(ledger)).toEqual([`publisher-blurb: ${units[0].text}`]);
  });
});
