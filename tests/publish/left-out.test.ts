import { describe, expect, it } from 'vitest';
import { describeLeftOut, kindOfRule, leftOutOf } from '../../src/publish/left-out';

const line = (rule: string, n = 1) => Array.from({ length: n }, (_, i) => ({ line: i + 1, text: `secret text ${rule}`, rule }));

describe('left out lines', () => {
  it('names each rule’s kind; metadata lines are details shown above; unknown ids are a publisher’s rules', () => {
    expect(kindOfRule('share-buttons')).toBe('page-furniture');
    expect(kindOfRule('metadata:email-header')).toBe('email-header');
    expect(kindOfRule('metadata:dateline')).toBe('details-shown-above');
    expect(kindOfRule('beijing-brief-support')).toBe('publisher-boilerplate');
  });

  it('counts lines by kind, most first, and keeps no text', () => {
    const leftOut = leftOutOf([...line('email-wrapper'), ...line('share-buttons', 3), ...line('cookie-banner', 2), ...line('metadata:email-header', 4)]);
    expect(leftOut).toEqual([
      { kind: 'page-furniture', lines: 5 },
      { kind: 'email-header', lines: 5 },
    ]);
    expect(JSON.stringify(leftOut)).not.toContain('secret');
  });

  it('says it in plain words', () => {
    expect(describeLeftOut([])).toBe('');
    expect(describeLeftOut([{ kind: 'email-header', lines: 1 }])).toBe('1 line of e-mail forward header was left out.');
    expect(describeLeftOut([{ kind: 'page-furniture', lines: 12 }, { kind: 'email-header', lines: 5 }, { kind: 'repeated-text', lines: 2 }])).toBe(
      '12 lines of page furniture (navigation, buttons, banners), 5 lines of e-mail forward header and 2 lines of repeated text were left out.',
    );
  });
});
