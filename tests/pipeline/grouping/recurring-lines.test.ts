import { describe, expect, it } from 'vitest';
import { assembleReport, ingestFile, type FileOutcome } from '../../../src/pipeline';
import { EVIDENCE } from '../../../src/pipeline/evidence';
import { leftOutOf } from '../../../src/publish/left-out';
import type { Issue } from '../../../src/schema';
import { RULES } from '../../helpers/pipeline';

const TAGLINE = (n: number) => `Ports, permits and factories, explained in letter ${n} from the coast.`;
const SIGN_OFF = 'Written between two harbours by people who have worked the docks.';
/** Each issue's own stories, so copies of different issues never look alike. */
const STORIES = [
  ['Battery makers face new export checks', 'The commerce ministry proposed adding cathode technology to the catalogue of technologies restricted for export, with permits reviewed within thirty working days.', 'Producers in Hunan and Sichuan declined to comment publicly on the draft, which is open for comment until the end of the month.', 'Whether the cathode rule is final before the spring trade fairs, where licensing deals are signed.'],
  ['Shipyards book a record quarter', 'Chinese shipyards took more than sixty per cent of new global orders by tonnage in the last quarter, led by container ships and car carriers.', 'Yard operators in Jiangsu said steel plate prices had fallen far enough to make fixed-price contracts attractive again this winter.', 'Whether European buyers delay orders while Brussels examines subsidies to the yards.'],
  ['Solar glass makers agree to cut output', 'Several of the largest producers of photovoltaic glass agreed to reduce output by about a third from March, according to people at two of the firms.', 'The industry association has urged members for months to stop selling below cost, and inventories now cover more than a month of sales.', 'Whether the cuts spread from glass to polysilicon and wafers, where stocks are higher still.'],
  ['Factories return slowly after the holiday', 'Manufacturers in the Pearl River Delta reported that fewer than four in five migrant workers had returned two weeks after the Spring Festival.', 'Electronics assemblers raised sign-on bonuses to secure staff for first-quarter orders, a recruitment platform said in its survey.', 'Whether the March surveys show export orders recovering after two weak months.'],
];

interface Parts {
  n: number;
  tagline?: boolean;
  signOff?: boolean;
  /** A quoted line every issue carries. */
  quote?: string;
}

/** One issue of a weekly series: tagline under the masthead, two stories, a standing heading and takeaway, a sign-off. */
function issueText({ n, tagline = true, signOff = true, quote }: Parts): string {
  const [headline, first, second, watch] = STORIES[n % STORIES.length];
  return [
    'THE HARBOUR LETTER',
    ...(tagline ? [TAGLINE(n), ''] : []),
    `Good morning. ${headline} is this week's long story.`,
    '',
    headline,
    '',
    first,
    '',
    second,
    ...(quote ? ['', `> ${quote}`] : []),
    '',
    'What to watch',
    '',
    watch,
    '',
    'Bottom line: Beijing keeps the know-how at home while still selling the goods abroad.',
    ...(signOff ? ['', SIGN_OFF] : []),
  ].join('\n');
}

function parse(file: string, text: string): FileOutcome {
  return ingestFile({ file, bytes: new TextEncoder().encode(text) }, { rules: RULES });
}

function report(outcomes: FileOutcome[], ablate: string[] = []) {
  return assembleReport(outcomes, { ablate }).report;
}

const visible = (issue: Issue) => issue.sections.flatMap((section) => [section.heading ?? '', ...section.blocks.map((block) => JSON.stringify(block))]).join('\n');
const recurringRemoved = (issue: Issue) => issue.removed.filter((line) => line.rule === 'recurring-line').map((line) => line.text);

describe('removeRecurringLines (repetition across the archive)', () => {
  const three = [17, 18, 19].map((n) => parse(`letter-${n}.txt`, issueText({ n })));

  it.each([
    ['a short line in 3 different issues is removed, digits aside', [17, 18, 19], true],
    ['in 2 issues it is kept', [17, 18], false],
  ] as const)('%s', (_name, numbers, removed) => {
    const { issues } = report(numbers.map((n) => parse(`letter-${n}.txt`, issueText({ n }))));
    expect(issues).toHaveLength(numbers.length);
    for (const issue of issues) {
      expect(visible(issue).includes('explained in letter')).toBe(!removed);
      expect(visible(issue).includes(SIGN_OFF)).toBe(!removed);
      expect(recurringRemoved(issue)).toHaveLength(removed ? 2 : 0);
    }
  });

  it('in 3 copies of ONE issue it is kept: copies count once', () => {
    const text = issueText({ n: 17 });
    const { issues, duplicates } = report(['a.txt', 'b.txt', 'c.txt'].map((file) => parse(file, text)));
    expect(issues).toHaveLength(1);
    expect(duplicates).toHaveLength(2);
    expect(visible(issues[0])).toContain('explained in letter');
    expect(recurringRemoved(issues[0])).toEqual([]);
  });

  it('keeps a recurring heading, a recurring takeaway and the title', () => {
    const { issues } = report(three);
    const without = report(three, ['recurring-lines']).issues;
    for (const [i, issue] of issues.entries()) {
      expect(issue.title).toBe(without[i].title);
      expect(issue.sections.map((section) => section.heading)).toContain('What to watch');
      expect(issue.takeaways.map((takeaway) => takeaway.text)).toContain('Beijing keeps the know-how at home while still selling the goods abroad.');
    }
  });

  it('keeps a recurring short line that tells its section\'s story (a formula of the reporting, not template)', () => {
    const closing = 'Exporters said the new permits would take several weeks to arrive.';
    const texts = [17, 18, 19].map((n) =>
      issueText({ n, signOff: false })
        .replace(/Bottom line: .*/, `Exporters in letter ${['one', 'two', 'three'][n - 17]} expect new permits within several weeks of applying.\n\n${closing}`),
    );
    const { issues } = report(texts.map((text, i) => parse(`story-${i}.txt`, text)));
    for (const issue of issues) {
      expect(visible(issue)).toContain(closing);
      expect(recurringRemoved(issue)).not.toContain(closing);
    }
  });

  it('keeps a recurring quote', () => {
    const quote = 'We will not license the core know-how, said one official at the ministry.';
    const { issues } = report([17, 18, 19].map((n) => parse(`q-${n}.txt`, issueText({ n, quote }))));
    for (const issue of issues) expect(issue.sections.flatMap((s) => s.blocks)).toContainEqual({ kind: 'quote', text: quote });
  });

  it('accounts for each removed line under its own rule, which readers see as the publisher’s boilerplate', () => {
    const { issues, notes } = report(three);
    const issue = issues.find((i) => i.sources[0].file === 'letter-18.txt')!;
    expect(recurringRemoved(issue)).toEqual([TAGLINE(18), SIGN_OFF]);
    const lines = issue.removed.map((line) => line.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    // The tagline and the sign-off, and the masthead above the headline ("THE HARBOUR LETTER").
    expect(leftOutOf(issue.removed)).toContainEqual({ kind: 'publisher-boilerplate', lines: 3 });
    expect(notes.filter((note) => note.rule === 'recurring-line').map((note) => [note.file, note.message.slice(0, 40)])).toEqual([
      ['letter-17.txt', `"${TAGLINE(17)}`.slice(0, 40)],
      ['letter-17.txt', `"${SIGN_OFF}`.slice(0, 40)],
    ]);
  });

  it('keeps the section ids and takeaway links; an emptied untitled opening goes, a headed section stays', () => {
    const without = report(three, ['recurring-lines']).issues;
    const withPass = report(three).issues;
    withPass.forEach((issue, i) => {
      expect(issue.id).toBe(without[i].id);
      const ids = issue.sections.map((section) => section.id);
      expect(ids).toEqual(without[i].sections.map((section) => section.id).filter((id) => ids.includes(id)));
      for (const takeaway of issue.takeaways) if (takeaway.sectionId !== null) expect(ids).toContain(takeaway.sectionId);
    });
  });

  it('leaves an issue with nothing removed as it was (the same ids and text)', () => {
    const other = parse('other.txt', issueText({ n: 20, tagline: false, signOff: false }));
    const { issues } = report([...three, other]);
    const kept = issues.find((issue) => issue.sources[0].file === 'other.txt')!;
    expect(kept).toEqual(report([other]).issues[0]);
  });

  it('does not depend on the order of the outcomes', () => {
    const outcomes = [...three, parse('letter-20.txt', issueText({ n: 20 })), parse('letter-17-copy.txt', issueText({ n: 17 }))];
    const forward = report(outcomes);
    expect(report([...outcomes].reverse())).toEqual(forward);
    expect(report([outcomes[2], outcomes[4], outcomes[0], outcomes[3], outcomes[1]])).toEqual(forward);
  });

  it('is an evidence kind the ablation can switch off', () => {
    expect(EVIDENCE).toContain('recurring-lines');
    for (const issue of report(three, ['recurring-lines']).issues) expect(recurringRemoved(issue)).toEqual([]);
  });
});
