import { describe, expect, it } from 'vitest';
import { NO_EXTRA_CUES, takeawayCueMatcher } from '../../../src/pipeline/rules/takeaway-cues';
import { classify } from '../../../src/pipeline/stages/09-classify';
import { segment } from '../../../src/pipeline/stages/10-segment';
import { unitsOf } from '../../helpers/stages';

const cue = takeawayCueMatcher(NO_EXTRA_CUES);
function sections(text: string) {
  const { units, ledger } = unitsOf(text);
  return { drafts: segment(classify(units, cue), ledger), ledger };
}

describe('segment', () => {
  it('opens a section at each heading, with an untitled introduction before the first', () => {
    const { drafts } = sections('An opening paragraph that sets the scene for the reader.\nExport controls tighten\nThe ministry added twelve firms to its list on Friday.');
    expect(drafts.map((draft) => draft.heading)).toEqual([null, 'Export controls tighten']);
  });

  it('collects the items after a takeaway label as explicit takeaways of its section', () => {
    const { drafts } = sections('Analysis\nThe plan is broad and ambitious in scope.\nKey Takeaways\n- Beijing favours chips.\n- Local debt limits bind.');
    expect(drafts[drafts.length - 1].takeaways).toEqual([
      { text: 'Beijing favours chips.', kind: 'explicit' },
      { text: 'Local debt limits bind.', kind: 'explicit' },
    ]);
  });

  it('keeps a takeaway label over paragraphs as a heading, its paragraphs as the section\'s takeaways', () => {
    const { drafts } = sections('Consumption tax moves\nThe tax will be collected by provinces from next year, the decision said.\nWhat it means\nFor companies, the headline is predictability rather than relief.');
    expect(drafts.map((draft) => draft.heading)).toEqual(['Consumption tax moves', 'What it means']);
    expect(drafts[1]).toMatchObject({ blocks: [], takeaways: [{ text: 'For companies, the headline is predictability rather than relief.', kind: 'explicit' }] });
  });

  it('does the same for a view heading ("Our view") and for a label over an inline cue', () => {
    const view = sections('Growth debate\nThe target will be discussed at the conference next month, people said.\nOur view\nWe expect the conference to keep the target at around five per cent.');
    expect(view.drafts[1]).toMatchObject({ heading: 'Our view', takeaways: [{ text: 'We expect the conference to keep the target at around five per cent.' }] });
    const judged = sections('Reserves\nThe law requires audited reserves at every level of government.\nOur assessment\nKey judgement: the law makes grain output a legal duty.');
    expect(judged.drafts[1]).toMatchObject({ heading: 'Our assessment', blocks: [], takeaways: [{ text: 'the law makes grain output a legal duty.' }] });
  });

  it('unglues list numbers only when every item of the list carries its own', () => {
    const glued = sections('Key Facts\n1. 1The policy covers chips.\n2. 2Tariffs fall on inputs.');
    expect(glued.drafts.flatMap((draft) => draft.blocks)).toContainEqual({ kind: 'list', ordered: true, items: ['The policy covers chips.', 'Tariffs fall on inputs.'] });
    const plain = sections('Key Facts\n1. 2026 targets are lower.\n2. Budgets are tighter.');
    expect(plain.drafts.flatMap((draft) => draft.blocks)).toContainEqual({ kind: 'list', ordered: true, items: ['2026 targets are lower.', 'Budgets are tighter.'] });
  });

  it('removes a heading with nothing under it (a group label), under a rule', () => {
    const { drafts, ledger } = sections('Economy\nProvinces lower growth targets\nMost provinces set lower targets this year than last.');
    expect(drafts.map((draft) => draft.heading)).toEqual(['Provinces lower growth targets']);
    expect(ledger.removedInOrder().map((line) => [line.rule, line.text])).toEqual([['empty-heading', 'Economy']]);
  });
});
