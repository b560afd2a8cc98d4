/**
 * Finds a briefing's publication date by where a date stands, never by taking the first date in
 * the text: an event date in the body ("On 3 December the ministry…") is not a publication date.
 * Places, strongest first:
 * - `date-header-line`: a short line of the top zone that states a date (dateline, timestamp,
 *   "Published …", a byline with a date, a date alone under a byline); a line that says only
 *   "Updated" ranks after one that does not, a date the reader's app stamped ("Saved Mar 12,
 *   2025") is passed over, and a date labelled as another event of the
 *   document's life (written, signed, in force: "成文日期：", "Effective date:") after both; of
 *   two labelled dates on one line ("发文字号：… 发布日期：…") the publication one is read;
 * - `date-dateline`: the agency dateline opening the first paragraph ("BEIJING, Nov. 19, 2024
 *   /PRNewswire/ --");
 * - `date-email-header`: the `Date:`/`Sent:` of the innermost e-mail message (a forward's original,
 *   not the forwarder's);
 * - `date-in-title`: a date in the title or subject ("Chamber Weekly Update 19.11.24");
 * - `date-notice-signature`: the date under the issuing office at the foot of a Chinese notice,
 *   on a press release's closing mark ("Ends/Thursday, January 15, 2026"), or on a page's
 *   closing stamp ("First published on Thursday, 16 April 2026, 01:15 GMT", as live pages end),
 *   or on an issuer's sign-off ("People's Bank of China, 20 January 2025").
 * A numeric date whose day and month could be swapped is reported, never used.
 */
import { uses } from '../evidence';
import { findDates, type WrittenDate } from '../text/dates';
import { endsSentence, wordCount } from '../text/line-shape';
import type { Unit } from '../stages/04-units';
import { caseless } from '../text/caseless';

/** Where the date was found, and notes on dates seen but not used. */
export interface DateFinding {
  date: string | null;
  rule: string | null;
  /** The top-zone line the date was read from, when it was one (it is metadata, not text). */
  unit?: Unit;
  notes: string[];
}

/** What the locator is given. */
export interface DateInputs {
  /** The top zone's units (e-mail headers excluded), in order. */
  zone: Unit[];
  /** The first body paragraph, for an agency dateline. */
  firstParagraph: string | null;
  /** The innermost e-mail message's `Date:`/`Sent:` value. */
  emailDate: string | null;
  /** The title and the subject, as stated. */
  titles: string[];
  /** The last units of the file, for a notice's signature date. */
  foot: Unit[];
  ablate: readonly string[] | undefined;
}

/** A header line with a date is this short at most, the date's own words not counted. */
const MAX_DATED_LINE_WORDS = 12;
/** A "Published …"/byline line with a date may be longer, up to this. */
const MAX_PUBLISHED_LINE_WORDS = 20;
const PUBLISHED = caseless(/^(?:published|posted|date|dated|issued|released|发布(?:时间|日期)?|时间|日期)\b|(?:^|\s)by\s/iu);
const UPDATED_ONLY = caseless(/^(?:last )?updated\b/iu);
/** A label that says the date after it is the publication's (the text since the date before, ending in a colon). */
const PUBLICATION_LABEL = caseless(/(?:published|posted|released|issued|publication date|date of publication|发布(?:时间|日期)|发表(?:时间|日期)|发稿时间)\s*(?:on)?\s*[:：]?\s*$/iu);
/** A label that says the date after it is another event of the document's life: written, signed, in force, due. */
const OTHER_EVENT_LABEL = caseless(/(?:成文(?:日期|时间)|印发(?:日期|时间)|签发(?:日期|时间)|生效(?:日期|时间)|施行(?:日期|时间)|实施(?:日期|时间)|截止(?:日期|时间)|written|signed|effective(?: date)?|in force(?: from)?|deadline|due(?: date)?)\s*(?:on)?\s*[:：]\s*$/iu);
/**
 * A label that says the date after it is the reader's, not the text's: a read-it-later app's
 * "Saved Mar 12, 2025", a clipping's "Accessed on …". Such a line is passed over.
 */
const READER_STAMP_LABEL = caseless(/(?:^|[|·•]\s*)(?:saved|added|clipped|bookmarked|accessed|retrieved|downloaded|viewed)(?: (?:on|at))?\s*[:：]?\s*$/iu);
/** A preposition of time right before a date: the date is a deadline's or an event's, not the page's. */
const EVENT_PREPOSITION = caseless(/\b(?:until|till|through|since|before|after|from|between|by|starting|ending|due)\s*$/iu);
/** The date of a press release's dateline set between two dashes, after the place. */
const DATE_AFTER_PLACE = /^(.{4,40}?)\s(?:--|—|–)\s/u;
const AGENCY_DATELINE = /^(.{0,90}?)\s(?:--|—|–)\s|^(.{0,60}?)(?:电|讯)\s/u;
/** An issuing office: a short Chinese name without digits ("国务院办公厅"). */
const ISSUER = /^[\u3400-\u9fff（）()、]{2,24}$/u;
/** "Ends/Thursday, January 15, 2026": the date a press release closes on. */
const ENDS_MARK = /^ends\s*\/\s*\S/iu;
const SIGNATURE_DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;
/** A page's closing stamp: "First published on …", "Published: …", at the foot. */
const FOOT_PUBLISHED = /^(?:first )?(?:published|posted)\b(?:\s+on)?/iu;

/** An issuer's name (capitalised words, "of" and "the" between), a comma, the rest of the line. */
const SIGNED_OFF = /^\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}'’.&-]*)){1,8},\s+\S/u;

/** The date of a sign-off line, when the part after its comma is a full date and nothing else. */
function signedOffDate(text: string): WrittenDate | null {
  const rest = text.slice(text.indexOf(',') + 1).trim();
  const found = findDates(rest)[0];
  return found && rest.replace(found.text, '').replace(/[\s,.]/gu, '') === '' ? found : null;
}

/** A header line states this many dates at most ("成文日期：… 发布日期：…"). */
const MAX_LINE_DATES = 3;

/** The dates of a line in order, each read after the one before (findDates reads one a shape). */
function datesIn(text: string): WrittenDate[] {
  const all: WrittenDate[] = [];
  let from = 0;
  while (all.length < MAX_LINE_DATES) {
    const next = findDates(from === 0 ? text : text.slice(from))[0];
    if (!next) break;
    all.push(from === 0 ? next : { ...next, index: next.index + from });
    from += next.index + next.text.length;
  }
  return all;
}

/** Locates the publication date (see the module comment for the places, in order). */
export function locateDate(input: DateInputs): DateFinding {
  const notes: string[] = [];
  const usable = (found: WrittenDate[], where: string): string | null => {
    const first = found[0];
    if (!first) return null;
    if (first.ambiguous) {
      notes.push(`the ${where} states "${first.text}", where day and month could be either way round; not used as the date`);
      return null;
    }
    return first.iso;
  };

  if (uses(input.ablate, 'date-header-line')) {
    let updated: { date: string; unit: Unit } | null = null;
    let otherEvent: { date: string; unit: Unit } | null = null;
    for (const unit of input.zone) {
      const all = datesIn(unit.text);
      if (all.length === 0) continue;
      const labelOf = (i: number) => unit.text.slice(i === 0 ? 0 : all[i - 1].index + all[i - 1].text.length, all[i].index);
      if (READER_STAMP_LABEL.test(labelOf(0))) continue;
      // "… paused until Nov 27, 2026": a date a preposition of time leads is an event's.
      if (EVENT_PREPOSITION.test(labelOf(0)) && !PUBLICATION_LABEL.test(labelOf(0))) continue;
      const published = all.findIndex((_, i) => PUBLICATION_LABEL.test(labelOf(i)));
      const found = published > 0 ? all.slice(published) : all;
      const rest = unit.text.replace(found[0].text, ' ');
      const restWords = wordCount(rest);
      // A sentence stating a date is an event in the text, not the page's date line; a line of
      // parts ("08:00 ET | Source: …") is one even with a full stop.
      const sentence = endsSentence(unit.text) && restWords > 8 && !/[|·•]/u.test(unit.text);
      const short = restWords <= MAX_DATED_LINE_WORDS || (PUBLISHED.test(unit.text) && restWords <= MAX_PUBLISHED_LINE_WORDS);
      if (!short || sentence) continue;
      const date = usable(found, 'header');
      if (!date) continue;
      if (UPDATED_ONLY.test(unit.text)) updated ??= { date, unit };
      else if (published === -1 && OTHER_EVENT_LABEL.test(labelOf(0))) otherEvent ??= { date, unit };
      else return { date, rule: 'metadata:header-date', unit, notes };
    }
    const fallback = updated ?? otherEvent;
    if (fallback) return { ...fallback, rule: 'metadata:header-date', notes };
  }
  if (uses(input.ablate, 'date-dateline') && input.firstParagraph) {
    const lead = AGENCY_DATELINE.exec(input.firstParagraph);
    // ("WASHINGTON, D.C. – February 4, 2026 – The …": the date between the place and the text.)
    const second = lead?.[1] !== undefined ? DATE_AFTER_PLACE.exec(input.firstParagraph.slice(lead[0].length)) : null;
    const date = lead ? usable(findDates(lead[1] ?? lead[2]), 'dateline') ?? (second ? usable(findDates(second[1]), 'dateline') : null) : null;
    if (date) return { date, rule: 'metadata:dateline', notes };
  }
  if (uses(input.ablate, 'date-email-header') && input.emailDate) {
    const date = usable(findDates(input.emailDate), 'e-mail Date header');
    if (date) return { date, rule: 'metadata:email-header', notes };
  }
  if (uses(input.ablate, 'date-in-title')) {
    for (const title of input.titles) {
      const date = usable(findDates(title), 'title');
      if (date) return { date, rule: 'metadata:title-date', notes };
    }
  }
  if (uses(input.ablate, 'date-notice-signature')) {
    // The date alone on its line, under the issuing office's name (a short line without digits).
    const at = input.foot.findLastIndex((unit, i) => SIGNATURE_DATE.test(unit.text) && i > 0 && ISSUER.test(input.foot[i - 1].text));
    const signature = at === -1 ? undefined : input.foot[at];
    const date = signature ? usable(findDates(signature.text), 'signature') : null;
    if (date) return { date, rule: 'metadata:notice-signature', notes };
    // A government press release's closing mark with its date: "Ends/Thursday, January 15, 2026".
    const ends = input.foot.find((unit) => ENDS_MARK.test(unit.text));
    const ended = ends ? usable(findDates(ends.text), 'closing mark') : null;
    if (ended) return { date: ended, rule: 'metadata:notice-signature', unit: ends, notes };
    // (A full date on a short line: "First published on Thursday, 16 April 2026, 01:15 GMT".)
    const stamp = input.foot.find((unit) => FOOT_PUBLISHED.test(unit.text) && unit.words <= MAX_DATED_LINE_WORDS);
    const stamped = stamp ? usable(findDates(stamp.text), 'closing stamp') : null;
    if (stamped) return { date: stamped, rule: 'metadata:notice-signature', unit: stamp, notes };
    // A statement signed off with its issuer and date: "People's Bank of China, 20 January 2025".
    const signed = input.foot.findLast((unit) => unit.words <= MAX_DATED_LINE_WORDS && SIGNED_OFF.test(unit.text));
    const signedDate = signed ? signedOffDate(signed.text) : null;
    const dated = signedDate ? usable([signedDate], 'sign-off') : null;
    if (dated) return { date: dated, rule: 'metadata:notice-signature', unit: signed, notes };
  }
  return { date: null, rule: null, notes };
}
