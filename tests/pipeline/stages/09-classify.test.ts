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
  ['a qualified takeaways label over its list', 'Practical takeaways\n- Re-run your data-export inventory before choosing a mechanism.', ['cue', 'item']],
  ['"Five takeaways from the plenum" is a heading', 'Five takeaways from the plenum\nThe communique said little about property, and a great deal about technology and security.', ['heading', 'paragraph']],
  ['inline-only label with its view', 'Our view: the rules are written; the risk is in how they are applied.', ['cue']],
  ["a digest's comment under its item", 'Comment: the surplus gives Beijing room to wait before adding stimulus.', ['cue']],
  ['inline-only label alone is a heading', 'Implications\nThe rules are now mostly written, and the risk has moved to how slowly they are applied.', ['heading', 'paragraph']],
  ['inline label addressed to the reader', 'What this means for you: companies should expect local subsidies.', ['cue']],
  ['bracketed Chinese label', '【简评】门槛下调本身幅度不大，更值得注意的是合并计算的口径。', ['cue']],
  ['bracketed Chinese block label', '【本期要点】\n- 外资研发中心认定门槛下调', ['cue', 'item']],
  ["an event's field over its first paragraph", 'Format: Closed-door, Chatham House Rule\nOn 18 November the chamber hosted a roundtable with officials responsible for foreign investment.', ['paragraph', 'paragraph']],
  ["an event's speakers under their label are a list", 'Speakers\nMr. Zhou Jianming, Deputy Director-General, Ministry of Commerce\nMs. Tang Yuqing, Division Director, Shanghai Municipal Commission of Commerce\nKey messages from the ministry\nThe ministry said that stabilising foreign investment remains a priority for the coming years.', ['heading', 'item', 'item', 'heading', 'paragraph']],
  ['a chart pasted as text: title, legend left over, source', 'Chart 1: Export growth by destination (% y/y)\nUS ASEAN EU Africa\nSource: GACC, CEIC', ['figure', 'furniture']],
  ['quoted line', '> Stability is the overriding priority, the statement said.', ['quote']],
];

describe('classify', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(types(text)).toEqual(expected);
  });
});

describe('classify: a link to another article set as its headline between paragraphs', () => {
  const para = (n: number) => `Paragraph ${n} of the story says what the finance ministry told provinces about borrowing, and what banks must do next.`;
  const related = "China's property slump leaves cities scrambling to sell land at a discount";

  it('is furniture inside a story, among short headings', () => {
    const tokens = classify(unitsOf(['Tighter rules', para(1), para(2), related, para(3), 'Banks share the burden', para(4)].join('\n')).units, cue);
    expect(tokens.map((token) => (token.type === 'furniture' ? token.rule : token.type))).toEqual(['heading', 'paragraph', 'paragraph', 'furniture:related-headline', 'paragraph', 'heading', 'paragraph']);
  });

  it("stays a heading where long headlines are the text's shape (a newsletter's items), or opening a section", () => {
    const items = [para(1), para(2), 'Beijing tightens export licences for gallium and germanium again this week', para(3), 'Shanghai customs opens a new round of audits on related-party imports', para(4)];
    expect(types(items.join('\n'))).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
    expect(types([para(1), related, para(2), para(3)].join('\n'))).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
    // A line broken from its paragraph (the next goes on in lower case) is text, whatever it is taken for.
    const broken = ['Tighter rules', para(1), para(2), 'The measures cover Chongqing and Guizhou, where 808.7 billion yuan of debt are', 'at stake, and the ministry said that further steps would follow.', 'Banks share the burden', para(3)];
    expect(types(broken.join('\n'))).not.toContain('furniture');
  });
});

describe('classify: a standfirst', () => {
  it('is a paragraph, however heading-like', () => {
    const { units } = unitsOf("Why the renminbi's share of letters of credit matters more than its share of reserves\n\nHeadlines about the yuan's international role usually cite its share of central bank reserves.");
    expect(classify([{ ...units[0], standfirst: true }, units[1]], cue).map((token) => token.type)).toEqual(['paragraph', 'paragraph']);
  });
});
