import { parseDate, parseDateRange } from '../text/dates';
import { HEADER_PATTERNS as P } from '../text/header-patterns';
import type { Ledger } from '../text/ledger';
import { foldOnce } from '../text/fold';
import { isHeadingLike, isProse, parseListMarker, wordCount } from '../text/line-shape';
import type { Unit } from './04-units';

/** What the header of a briefing states. Null means "not stated", never "guessed". */
export interface HeaderFacts {
  title: string | null;
  date: string | null;
  /** Where the date came from: the dateline, a timestamp, or an e-mail header. */
  dateRule: string | null;
  place: string | null;
  series: string | null;
  week: { start: string; end: string; text: string } | null;
  category: string | null;
  sentiment: string | null;
  impact: number | null;
}

/** A crumb is this short at most ("China", "World / Asia"). */
const MAX_CRUMB_WORDS = 3;
/** A header line this short that states a date is a date line, not a subtitle. */
const MAX_DATED_LINE_WORDS = 10;

/**
 * Reads metadata from the header: the units before the body starts (the first prose, list or
 * takeaway cue). The first heading-like line is the title; a heading-like line right before
 * the body is the first section's heading; short lines between them are navigation crumbs.
 * Lines that state metadata are removed from the text with a `metadata:*` rule.
 */
export function extractHeader(units: Unit[], isCue: (text: string) => boolean, ledger: Ledger): { facts: HeaderFacts; body: Unit[] } {
  const facts: HeaderFacts = {
    title: null, date: null, dateRule: null, place: null, series: null, week: null, category: null, sentiment: null, impact: null,
  };
  let bodyStart = units.findIndex((unit) => isProse(unit.text) || parseListMarker(unit.text) !== null || isCue(unit.text));
  if (bodyStart === -1) bodyStart = units.length;
  const header = units.slice(0, bodyStart);
  const keptInHeader: Unit[] = [];

  header.forEach((unit, i) => {
    const rule = readMetadataLine(unit.text, facts);
    if (rule) return ledger.remove(unit, rule);
    const adjacentToBody = i === header.length - 1 && bodyStart < units.length;
    // A newsletter (its series or week is stated) heads its first story right above the body;
    // when its own title line is missing, that heading is still the story's, not the title.
    const firstStoryHeading = adjacentToBody && (facts.series !== null || facts.week !== null);
    if (facts.title === null && isHeadingLike(unit.text) && !firstStoryHeading) {
      facts.title = unit.text;
      return ledger.remove(unit, 'metadata:title');
    }
    if (facts.title !== null && foldOnce(unit.text) === foldOnce(facts.title)) return ledger.remove(unit, 'repeated-title');
    if (!adjacentToBody && isHeadingLike(unit.text) && wordCount(unit.text) <= MAX_CRUMB_WORDS) return ledger.remove(unit, 'crumb');
    keptInHeader.push(unit);
  });
  return { facts, body: [...keptInHeader, ...units.slice(bodyStart)] };
}

/** The date in an e-mail's `Date:` header ("Tue, 3 Mar 2026 09:12:00 +0100"). */
const HEADER_DATE = /\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}/u;

/** Reads one metadata line into `facts`; returns the rule id, or null if it states none. */
function readMetadataLine(text: string, facts: HeaderFacts): string | null {
  const email = P.emailHeader.exec(text);
  if (email?.groups) {
    const field = email.groups.field.toLowerCase();
    if ((field === 'date' || field === 'sent') && facts.date === null) {
      const written = HEADER_DATE.exec(email.groups.value);
      const date = written ? parseDate(written[0]) : null;
      if (date) Object.assign(facts, { date, dateRule: 'metadata:email-header' });
    }
    return 'metadata:email-header';
  }
  // Every pattern below but the byline states a number; most header lines (titles, crumbs) have none.
  if (!/\d/.test(text)) return P.byline.test(text) ? 'metadata:byline' : null;
  const week = /week of/i.test(text) ? P.seriesWeek.exec(text) : null;
  const range = week?.groups ? parseDateRange(week.groups.range) : null;
  if (week?.groups && range) {
    facts.week = { ...range, text: week.groups.range };
    if (week.groups.series) facts.series = week.groups.series.trim();
    return 'metadata:series-week';
  }
  const dateline = P.dateline.exec(text);
  const datelineDate = dateline?.groups ? parseDate(dateline.groups.date) : null;
  if (dateline?.groups && datelineDate) {
    facts.place = dateline.groups.place.trim();
    if (facts.dateRule !== 'metadata:dateline') Object.assign(facts, { date: datelineDate, dateRule: 'metadata:dateline' });
    return 'metadata:dateline';
  }
  const stamp = P.timestamp.exec(text);
  const stampDate = stamp?.groups ? parseDate(stamp.groups.date) : null;
  if (stamp && stampDate) {
    if (facts.date === null || facts.dateRule === 'metadata:email-header') Object.assign(facts, { date: stampDate, dateRule: 'metadata:timestamp' });
    return 'metadata:timestamp';
  }
  const card = P.categoryCard.exec(text);
  if (card?.groups) {
    Object.assign(facts, { category: card.groups.category, sentiment: card.groups.sentiment, impact: Number(card.groups.impact) });
    return 'metadata:category';
  }
  if (P.byline.test(text)) return 'metadata:byline';
  const dated = P.datedLine.exec(text);
  const datedDate = dated?.groups ? parseDate(dated.groups.date) : null;
  if (dated && datedDate && wordCount(text) <= MAX_DATED_LINE_WORDS) {
    if (facts.date === null) Object.assign(facts, { date: datedDate, dateRule: 'metadata:dated-line' });
    return 'metadata:dated-line';
  }
  return null;
}
