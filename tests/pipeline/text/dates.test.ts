import { format, getISOWeek, getISOWeekYear, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, isoWeekOf, parseDate, parseDateRange } from '../../../src/pipeline/text/dates';

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
    expect(parseDate('29 February 2100')).toBeNull();
    expect(parseDate('29 February 2000')).toBe('2000-02-29');
    expect(parseDate('31 April 2026')).toBeNull();
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

  it('gives the ISO week date-fns gives, for every day from 1899 to 2101 and random days of other centuries', () => {
    const differs: string[] = [];
    const check = (year: number, month: number, day: number) => {
      const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const date = new Date(2000, month - 1, day);
      date.setFullYear(year);
      const expected = `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
      if (isoWeekOf(iso) !== expected) differs.push(`${iso}: ${isoWeekOf(iso)} ≠ ${expected}`);
    };
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      check(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => check(y, m, d)),
      { seed: 20261127, numRuns: 5000 },
    );
    expect(differs.slice(0, 5)).toEqual([]);
  });
});

describe('parseDate agrees with date-fns', () => {
  // date-fns's strict `parse` is the reference; ours reads the same shapes directly.
  const pad = (n: number) => String(n).padStart(2, '0');
  const SHAPES: [string, (y: number, m: number, d: number) => string][] = [
    ['yyyy-MM-dd', (y, m, d) => `${y}-${pad(m)}-${pad(d)}`],
    ['d MMMM yyyy', (y, m, d) => `${d} ${monthName(m, 'MMMM')} ${y}`],
    ['MMMM d, yyyy', (y, m, d) => `${monthName(m, 'MMMM')} ${d}, ${y}`],
    ['d MMM yyyy', (y, m, d) => `${d} ${monthName(m, 'MMM')} ${y}`],
    ['MMM d yyyy', (y, m, d) => `${monthName(m, 'MMM')} ${d} ${y}`],
    ["yyyy'年'M'月'd'日'", (y, m, d) => `${y}年${m}月${d}日`],
  ];
  const monthName = (month: number, pattern: string) => format(new Date(2000, month - 1, 1), pattern);

  it('on random days, real and impossible (30 February, 31 April), in every written shape', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1000, max: 2999 }), fc.constantFrom(1900, 2000, 2023, 2024, 2100)), fc.integer({ min: 1, max: 12 }), fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(28, 29, 30, 31)), fc.constantFrom(...SHAPES), (year, month, day, [pattern, write]) => {
        const written = write(year, month, day);
        const reference = parse(written, pattern, new Date(2000, 0, 1));
        expect(parseDate(written)).toBe(isValid(reference) ? format(reference, 'yyyy-MM-dd') : null);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('findDates: dates as people write them', () => {
  it.each([
    ['Wed, 04 Dec 2024 13:30:02 -0500', '2024-12-04'],
    ['Thu, 21 Nov 2024 at 10:12', '2024-11-21'],
    ['Aug 7, 2024 | Updated Aug 8, 2024', '2024-08-07'],
    ['Updated 15:02, 16-Aug-2023', '2023-08-16'],
    ['11/19/2024 · 48 min', '2024-11-19'],
    ['Chamber Weekly Update 19.11.24', '2024-11-19'],
    ['2024.11.19', '2024-11-19'],
    ['December 02, 2024 08:00 ET | Source: PayBridge', '2024-12-02'],
    ['2017年03月05日10:26 来源：人民网', '2017-03-05'],
  ])('reads %s', (line, iso) => expect(findDates(line)[0]?.iso).toBe(iso));

  it('reports a day/month order it cannot know, and never reads a date without its year', () => {
    expect(findDates('Published 03/04/2024')[0]).toMatchObject({ iso: null, ambiguous: true });
    expect(findDates('On 3 December the ministry said')).toEqual([]);
  });

  // chrono-node's casual parsers read these as certain dates counted from its reference
  // instant: "Updated today · March 2026 edition" became 2000-01-01.
  it.each([
    'Updated today · March 2026 edition',
    'Yesterday, in March 2025, the council met',
    'For now, March 2025 looks quiet',
    'Late last week, in March 2025, traders said',
    'Tonight: the March 2025 figures',
    '今天 2025年3月 发布',
    '昨天，2024年11月的数据',
  ])('invents no date from the words for today or yesterday: %s', (line) => {
    expect(findDates(line)).toEqual([]);
  });

  it('reads a slashed date month first when a US time zone follows it, and only then', () => {
    expect(findDates('By Dana Whitcombe-Li | 04/10/2025 10:00 AM EDT')[0]?.iso).toBe('2025-04-10');
    expect(findDates('Posted 04/10/2025, 9:15 a.m. ET')[0]?.iso).toBe('2025-04-10');
    expect(findDates('Posted 04/10/2025 10:00 CET')[0]).toMatchObject({ iso: null, ambiguous: true });
    expect(findDates('Posted 04.10.2025 10:00 EDT')[0]).toMatchObject({ iso: null, ambiguous: true });
  });
});
