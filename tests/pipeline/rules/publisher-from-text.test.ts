import { describe, expect, it } from 'vitest';
import { publisherFromText } from '../../../src/pipeline/rules/detect-publisher';

describe('publisherFromText: the name a copyright line states', () => {
  it.each([
    ['© 2024 Harbour Lane Advisory. All rights reserved.', 'Harbour Lane Advisory'],
    ['Copyright © 2025 The Pacific Ledger', 'The Pacific Ledger'],
    ['© 2019–2025 Example Media Ltd | Privacy', 'Example Media Ltd'],
  ])('%s', (line, name) => {
    expect(publisherFromText(`Some text of the page.\n${line}`, undefined)).toBe(name);
  });

  it('takes no name from the line after a bare "© 2025"', () => {
    expect(publisherFromText('Some text of the page.\n© 2025\nAbout\nAccessibility', undefined)).toBeNull();
  });
});
