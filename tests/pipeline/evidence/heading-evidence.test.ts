import { describe, expect, it } from 'vitest';
import { recurringSpeakers } from '../../../src/pipeline/evidence/heading-evidence';
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
