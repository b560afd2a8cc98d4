/** The scorer's own rules of comparison, pinned so that a figure means the same from run to run. */
import { describe, expect, it } from 'vitest';
import { parseLabels } from './corpus';
import { foldHeading, foldLoose, foldText, precisionRecall, startsTakeaway } from './score';

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
});
