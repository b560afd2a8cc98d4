import { describe, expect, it } from 'vitest';
import { isoWeekOf, parseDate, parseDateRange } from '../../src/pipeline/dates';

describe('dates', () => {
  it.each([
    ['6 February 2026', '2026-02-06'],
    ['February 6, 2026', '2026-02-06'],
    ['Feb. 6th, 2026', '2026-02-06'],
    ['Sept 3, 2025', '2025-09-03'],
    ['2026-01-26', '2026-01-26'],
    ['2026年3月27日', '2026-03-27'],
  ])('parses %s', (written, iso) => expect(parseDate(written)).toBe(iso));

  it('refuses impossible dates instead of rolling them over', () => {
    expect(parseDate('2026-02-31')).toBeNull();
    expect(parseDate('31 February 2026')).toBeNull();
  });

  it.each([
    ['February 2 - February 6, 2026', '2026-02-02', '2026-02-06'],
    ['2–6 February 2026', '2026-02-02', '2026-02-06'],
    ['February 2-6, 2026', '2026-02-02', '2026-02-06'],
    ['December 29 - January 2, 2026', '2025-12-29', '2026-01-02'],
  ])('parses the range %s', (written, start, end) => expect(parseDateRange(written)).toEqual({ start, end }));

  it('gives ISO weeks, across the year boundary too', () => {
    expect(isoWeekOf('2026-02-06')).toBe('2026-W06');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
  });
});
