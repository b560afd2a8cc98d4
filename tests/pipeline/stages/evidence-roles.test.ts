import { describe, expect, it } from 'vitest';
import { GENERIC_BOILERPLATE } from '../../../src/pipeline/rules/generic-rules';
import { takeawayCueMatcher } from '../../../src/pipeline/rules/takeaway-cues';
import { stripBoilerplate } from '../../../src/pipeline/stages/05-strip-boilerplate';
import { classify } from '../../../src/pipeline/stages/09-classify';
import { toUnits } from '../../../src/pipeline/stages/04-units';
import { removedLines, unitsOf } from '../../helpers/stages';

const PROSE = 'The State Council published the plan on Monday, and provinces are expected to follow with their own targets.';
const MORE = 'Officials in the coastal provinces said that they would publish their own versions of the plan before the summer.';

/** [case, text, lines removed as `rule: text`] — evidence, not one site's wording. */
const cases: [string, string, string[]][] = [
  ['a call to action', `Listen to this post\n${PROSE}`, ['furniture:call-to-action: Listen to this post']],
  ['a Chinese UI label', `小字号\n${PROSE}`, ['furniture:call-to-action: 小字号']],
  ['a counter', `${PROSE}\n42 Likes\n${MORE}`, ['furniture:counter: 42 Likes']],
  ['a link list', `${PROSE}\nPrivacy ∙ Terms ∙ Collection notice\n${MORE}`, ['furniture:link-list: Privacy ∙ Terms ∙ Collection notice']],
  ['a byline with a place', `By Jane Doe in Shanghai\n${PROSE}`, ['furniture:byline: By Jane Doe in Shanghai']],
  ['an editor credit', `${PROSE}\n（责任编辑：王晓）\n${MORE}`, ['furniture:credit: （责任编辑：王晓）']],
  ['an author bio', `${PROSE}\n${MORE}\nHelena Wirth is a senior fellow at the Example Institute.`, ['furniture:author-bio: Helena Wirth is a senior fellow at the Example Institute.']],
  ['a caption and its credit', `${PROSE}\nSoldiers carry sandbags along an embankment.\n(Photo: Example Agency)\n${MORE}`, ['furniture:caption: Soldiers carry sandbags along an embankment.', 'furniture:image-credit: (Photo: Example Agency)']],
  ['short lines below the body', `${PROSE}\n${MORE}\nHenrik Aalto\nVery useful, thanks`, ['zone:below-body: Henrik Aalto', 'zone:below-body: Very useful, thanks']],
  ['a list label below the body stays', `${PROSE}\n${MORE}\nTimeline\n1. Unveiling\n2. Review`, []],
];

describe('stripBoilerplate (evidence)', () => {
  it.each(cases)('%s', (_name, text, removed) => {
    const { units, ledger } = unitsOf(text);
    stripBoilerplate(units, GENERIC_BOILERPLATE, ledger);
    expect(removedLines(ledger)).toEqual(removed);
  });

  it('leaves a kind of evidence out when ablated', () => {
    const { units, ledger } = unitsOf(`Listen to this post\n${PROSE}`);
    stripBoilerplate(units, GENERIC_BOILERPLATE, ledger, { ablate: ['ui-vocabulary'] });
    expect(removedLines(ledger)).toEqual([]);
  });
});

const cue = takeawayCueMatcher([]);
const roles = (text: string) => classify(toUnits(text), cue).map((token) => `${token.type}: ${'text' in token ? token.text : ''}`);

describe('classify (heading evidence)', () => {
  it('reads numbered item headlines followed by prose as section headings', () => {
    const text = `1. Beijing tightens data rules\n\n${PROSE}\n\nBottom line: Expect filings.\n\n2. Shenzhen halves rents\n\n${MORE}`;
    expect(roles(text).filter((role) => role.startsWith('heading'))).toEqual(['heading: Beijing tightens data rules', 'heading: Shenzhen halves rents']);
  });

  it('keeps a numbered list a list', () => {
    expect(roles(`${PROSE}\n1. Building roads\n2. Improving ports\n3. Adopting standards`).filter((role) => role.startsWith('item'))).toHaveLength(3);
  });

  it('does not take a speaker turn, a date or a line followed by another short line as a heading', () => {
    expect(roles(`JORDAN PEREZ: And the budget?\n${PROSE}`)[0]).toBe('paragraph: JORDAN PEREZ: And the budget?');
    expect(roles(`Nov 19, 2024\n${PROSE}`)[0]).toBe('paragraph: Nov 19, 2024');
    expect(roles(`Author\n14\n${PROSE}`)[0]).toBe('paragraph: Author');
  });

  it('takes a short line opening prose as a heading', () => {
    expect(roles(`Device inspections at the border\n${PROSE}`)[0]).toBe('heading: Device inspections at the border');
  });
});

describe('toUnits (wrapped headings)', () => {
  it('does not glue a short heading to the prose under it', () => {
    const text = `Provinces cut their growth goals\nThe State Council published the plan on Monday, and provinces\nare expected to follow with their own targets.`;
    expect(toUnits(text)[0].text).toBe('Provinces cut their growth goals');
  });
});
