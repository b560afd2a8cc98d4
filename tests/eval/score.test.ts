/** The scorer's own rules of comparison, pinned so that a figure means the same from run to run. */
import { describe, expect, it } from 'vitest';
import { parseLabels } from './corpus';
import type { Issue } from '../../src/schema';
import { foldHeading, foldLoose, foldText, precisionRecall, scoreRun, startsTakeaway } from './score';

describe('eval scorer', () => {
  it('folds quotes, white space and compatibility forms, and keeps case for titles', () => {
    expect(foldText('China’s  “open”\tdoor')).toBe(`China's "open" door`);
    expect(foldText('分享到：')).toBe('分享到:');
    expect(foldText('THE DEFICIT')).not.toBe(foldText('The deficit'));
  });

  it('drops an item number from a heading, not other digits', () => {
    expect(foldHeading('1. Beijing tightens graphite licences')).toBe('Beijing tightens graphite licences');
    expect(foldHeading('2025 targets')).toBe('2025 targets');
  });

  it('finds a takeaway start directly or after a short cue', () => {
    const text = foldLoose('Bottom line: Beijing is signalling that licences will be slow.');
    expect(startsTakeaway(text, foldLoose('Beijing is signalling that'))).toBe(true);
    expect(startsTakeaway(foldLoose('Beijing is signalling that'), foldLoose('Beijing is signalling'))).toBe(true);
    expect(startsTakeaway(foldLoose('It said so. Later: Beijing is signalling that'), foldLoose('Beijing is signalling'))).toBe(false);
  });

  it('scores an empty set as perfect and nothing found as zero', () => {
    expect(precisionRecall(0, 0, 0).f1).toBe(1);
    expect(precisionRecall(0, 2, 3).f1).toBe(0);
    expect(precisionRecall(3, 1, 1).f1).toBeCloseTo(0.75);
  });

  it('rejects labels with a wrong or missing field, naming it', () => {
    const good = 'shape: qa-page\ntitle: null\ndate: 2024-11-19\nheadings: []\njunk: []\ntakeaways: []\ngroup: null\n';
    expect(parseLabels(good).ok).toBe(true);
    const bad = parseLabels(good.replace('2024-11-19', '19 Nov 2024'));
    expect(bad.ok ? '' : bad.error).toMatch(/^date:/);
    const extra = parseLabels(`${good}titel: x\n`);
    expect(extra.ok).toBe(false);
  });

  it('counts a pasted text whose body the issue lost, and not one whose lines were joined or relabelled', () => {
    const labels = { shape: 'news-page', title: 'Ports cut fees', date: null, headings: [], junk: ['More on this'], takeaways: [], group: null };
    const text = 'Ports cut fees\nThe port authority said on Monday that it would cut handling fees for\ncontainers by a fifth from next month, after complaints from shippers.\n- Exporters in the region welcomed the decision and asked for more cuts next year.\nMore on this';
    const issue = (blocks: { kind: 'paragraph'; text: string }[]) =>
      ({ id: 'x', title: 'Ports cut fees', date: null, sources: [{ file: 'a.txt' }], sections: [{ id: 's', heading: null, blocks }], takeaways: [], origin: { title: 'text', date: null } }) as unknown as Issue;
    const run = (blocks: { kind: 'paragraph'; text: string }[]) => scoreRun([{ file: 'a.txt', labels, text }], { issues: [issue(blocks)], duplicates: [], rejected: [], notes: [] }).overall.kept;
    const whole = 'The port authority said on Monday that it would cut handling fees for containers by a fifth from next month, after complaints from shippers.';
    expect(run([{ kind: 'paragraph', text: whole }, { kind: 'paragraph', text: 'Exporters in the region welcomed the decision and asked for more cuts next year.' }])).toEqual({ share: 1, bodiesLost: 0 });
    expect(run([{ kind: 'paragraph', text: 'Exporters in the region welcomed the decision and asked for more cuts next year.' }]).bodiesLost).toBe(1);
  });

  it('takes a label a saved page says inside a longer line as a whole line', () => {
    const labels = { shape: 'think-tank-page', title: "Beijing's export controls after the truce", date: null, headings: [], junk: ['Export controls'], takeaways: [], group: null };
    const issue = { id: 'x', title: "Beijing's export controls after the truce", date: null, sources: [{ file: 'a.html' }], sections: [{ id: 's', heading: null, blocks: [{ kind: 'paragraph', text: 'Licences are slow.' }] }], takeaways: [], origin: { title: 'text', date: null } } as unknown as Issue;
    const leaks = (shownLines?: string[]) => scoreRun([{ file: 'a.html', labels, shownLines }], { issues: [issue], duplicates: [], rejected: [], notes: [] }).overall.junk.leaks;
    expect(leaks()).toBe(1);
    expect(leaks(['Export controls', "Beijing's export controls after the truce"])).toBe(0);
  });
});
