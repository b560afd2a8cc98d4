import { describe, expect, it } from 'vitest';
import { NO_EXTRA_CUES, takeawayCueMatcher } from '../../../src/pipeline/rules/takeaway-cues';
import { classify } from '../../../src/pipeline/stages/09-classify';
import { unitsOf } from '../../helpers/stages';

const cue = takeawayCueMatcher(NO_EXTRA_CUES);
const types = (text: string) => classify(unitsOf(text).units, cue).map((token) => token.type);

/** [case, body text, token types in order] */
const cases: [string, string, string[]][] = [
  ['heading then prose', 'Growth targets fall\nMost provinces set lower targets this year than last, citing weak demand.', ['heading', 'paragraph']],
  ['bulleted list', '- Grain output rose again\n- Farm machinery subsidies widen', ['item', 'item']],
  ['figure: title with a source line', 'Provincial GDP targets, 2025\nSource: TBI analysis of provincial work reports', ['figure']],
  ['explicit takeaway label', 'Key Takeaways\n- The plan favours advanced manufacturing.', ['cue', 'item']],
  ['inline bottom line', 'Bottom line: Beijing is trading growth for stability.', ['cue']],
  ['inline-only label with its view', 'Our view: the rules are written; the risk is in how they are applied.', ['cue']],
  ['inline-only label alone is a heading', 'Implications\nThe rules are now mostly written, and the risk has moved to how slowly they are applied.', ['heading', 'paragraph']],
  ['inline label addressed to the reader', 'What this means for you: companies should expect local subsidies.', ['cue']],
  ['bracketed Chinese label', '【简评】门槛下调本身幅度不大，更值得注意的是合并计算的口径。', ['cue']],
  ['bracketed Chinese block label', '【本期要点】\n- 外资研发中心认定门槛下调', ['cue', 'item']],
  ['quoted line', '> Stability is the overriding priority, the statement said.', ['quote']],
];

describe('classify', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(types(text)).toEqual(expected);
  });
});

describe('classify: a standfirst', () => {
  it('is a paragraph, however heading-like', () => {
    const { units } = unitsOf("Why the renminbi's share of letters of credit matters more than its share of reserves\n\nHeadlines about the yuan's international role usually cite its share of central bank reserves.");
    expect(classify([{ ...units[0], standfirst: true }, units[1]], cue).map((token) => token.type)).toEqual(['paragraph', 'paragraph']);
  });
});
