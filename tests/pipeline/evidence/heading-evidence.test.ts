import { describe, expect, it } from 'vitest';
import { numberedHeadlines, recurringSpeakers } from '../../../src/pipeline/evidence/heading-evidence';
import { toUnits } from '../../../src/pipeline/stages/04-units';

const turns = (lines: string[]) => recurringSpeakers(toUnits(lines.join('\n\n')));

describe('recurringSpeakers', () => {
  it('takes a name that opens three turns', () => {
    expect(turns(['Lina Park: Right.', 'Tom Reyes: Go on.', 'Lina Park: The tariff rose.', 'Lina Park: And then?'])).toEqual(new Set(['Lina Park']));
  });

  it('takes every name before a turn in a transcript of many turns (each outlet asks once)', () => {
    const press = [
      'CCTV: How does the ministry view the role of the two sessions this year?',
      'Lin Jian: The work report sets out the main tasks for the year ahead.',
      'AFP: Will China take further countermeasures against the new tariffs?',
      'Lin Jian: China has announced its countermeasures, including tariffs on farm goods.',
      'Reuters: Is there any update on a possible phone call between the two presidents?',
      'Lin Jian: I have nothing to share at the moment, thank you.',
    ];
    expect(turns(press)).toEqual(new Set(['CCTV', 'Lin Jian', 'AFP', 'Reuters']));
  });

  it('does not take labels with short values for speakers', () => {
    expect(turns(['Source: Xinhua', 'Editor: Zhang Rui', 'Photo: VCG', 'Tags: trade, chips', 'Note: see below'])).toEqual(new Set());
  });
});

describe('numberedHeadlines', () => {
  const headlines = (lines: string[]) => [...numberedHeadlines(toUnits(lines.join('\n')))].map((i) => toUnits(lines.join('\n'))[i].text);
  const prose = 'The ministry published the draft on Friday and asked for comments within thirty days.';

  it('takes numbered items over prose with a sibling, after a bullet list too', () => {
    expect(headlines(['• First recommendation of the list above.', '• Second recommendation of the list above.', '1. Introduction', prose, '2. Market access', prose])).toEqual(['1. Introduction', '2. Market access']);
  });

  it('takes a numbered heading over a numbered sub-heading over prose ("2. Key issues" / "2.1 Market access")', () => {
    expect(headlines(['1. Introduction', prose, '2. Key issues', '2.1 Market access', prose])).toEqual(['1. Introduction', '2. Key issues']);
  });

  it('takes a numbered item over a sentence leading into a list ("The Chamber urges the authorities to:")', () => {
    const leadIn = 'The Chamber urges the authorities to:';
    expect(headlines(['1. Introduction', prose, '2. Recommendations', leadIn, '• publish processing times for each item;', '• widen the use of general licences.'])).toEqual(['1. Introduction', '2. Recommendations']);
    // A short label with a colon leads into nothing.
    expect(headlines(['1. Introduction', prose, '2. Contacts', 'Press office:', '• Lin Wei'])).toEqual([]);
  });

  it('leaves the items of a numbered list alone, and an item with no sibling', () => {
    expect(headlines(['1. First item', '2. Second item', prose])).toEqual([]);
    expect(headlines(['1. Introduction', prose])).toEqual([]);
  });
});
