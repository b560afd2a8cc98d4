import { describe, expect, it } from 'vitest';
import { parseRules, RulesFileError } from '../../../src/pipeline';
import { ingestText, RULES } from '../../helpers/pipeline';

describe('publisher rules', () => {
  it('the project rules file is valid', () => {
    expect(RULES.publishers.length).toBeGreaterThan(0);
  });

  it('a broken rules file stops the run with the path of each problem', () => {
    const bad = 'publishers:\n  - id: Bad Id\n    name: X\n    detect: ["(unclosed"]\n';
    expect(() => parseRules(bad, 'publishers.yaml')).toThrow(RulesFileError);
    try {
      parseRules(bad, 'publishers.yaml');
    } catch (error) {
      expect((error as Error).message).toMatch(/publishers\[0\]\.id/);
      expect((error as Error).message).toMatch(/publishers\[0\]\.detect\[0\]: not a valid regular expression/);
    }
  });

  it('a publisher entry adds its boilerplate and takeaway cues, and only for its own pages', () => {
    const page = (name: string) =>
      `${name}\nShanghai, 13 March 2026\nA first item\nSomething happened on Tuesday that was reported at some length here.\n${name} is reader-supported. Join today.\nThe Brief verdict: This matters for exporters.\n`;
    const own = ingestText(page('Beijing Brief'));
    const other = ingestText(page('Shanghai Letter'));
    expect(own.kind === 'issue' && own.issue.removed.some((r) => r.rule === 'beijing-brief-support')).toBe(true);
    expect(own.kind === 'issue' && own.issue.takeaways.map((t) => t.text)).toEqual(['This matters for exporters.']);
    expect(other.kind === 'issue' && other.issue.takeaways.map((t) => t.text)).toEqual([]);
  });
});
