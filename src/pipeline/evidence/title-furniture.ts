/**
 * Evidence that a short line at the top of a page is furniture, not a headline: the page's UI
 * and calls to action, navigation (crumbs, link lists), header fields, labels, bylines, dates,
 * and the site's own name and tagline. Each test reads the line's shape or vocabulary shared by
 * many sites (English and Chinese), never one publisher's wording.
 */
import { wordCount } from '../text/line-shape';
import { caseless } from '../text/caseless';

/**
 * UI and call-to-action vocabulary: view-in-browser, subscribe, sign in, share, cookie consent,
 * safe-senders, listen/play, app prompts; and the Chinese equivalents (分享, 打印, 字号, 扫一扫…).
 * Measures: does the line ask the reader to do something to the page rather than state news?
 */
const UI = caseless(new RegExp(
  [
    '\\b(?:read|view|open)(?: (?:it|this|the))?(?: (?:e-?mail|newsletter|post|issue))?(?: (?:online|in (?:your )?browser|in app|on (?:the )?web))\\b',
    '\\bnot displaying correctly\\b', '\\btrouble viewing\\b', '\\bcannot see this\\b', '\\bforwarded (?:this|to you)\\b', '\\bwas this (?:e-?mail )?forwarded\\b',
    '\\bsafe senders?\\b', '\\baddress book\\b', '^(?:subscribe|sign (?:in|up)|log ?in|register|share|menu|search|follow|download|play|listen|print|copied|live|top|close|agree|more options|reply|like)\\b',
    '\\b(?:we value your privacy|your privacy|privacy choices|cookies?|consent|reject (?:all|non-essential)|accept all)\\b',
    '\\b(?:continue reading|discover more|get the app|read in app|listen to (?:this|the)|start writing|leave a (?:comment|reply)|log in to comment|send a release|back to (?:top|list))\\b',
    '^(?:image|photo|picture) \\d+ of \\d+$', '\\bmin(?:ute)?s? read\\b', '^(?:transcript|advertisement|sponsored|related|recommended)\\b',
    '分享|打印|字号|字体|扫一扫|手机看|点击|播报|小字号|纠错|收藏|责任编辑|来源[:：]|当前位置|首页$',
  ].join('|'),
  'iu',
));
/** Longest call to action tested against the whole vocabulary. */
const MAX_UI_CHARS = 120;
const COOKIE = caseless(/\bcookies?\b|\bconsent\b|\byour privacy\b/iu);
/** Crumbs and link lists: "Home > China", "人民网 >> 财经", "News | Asia | China", "BUSINESS / CHINA". */
const CRUMB = /\s(?:>>?|›|»|\/)\s|^[^|]{1,30}(?:\s*\|\s*[^|]{1,30}){2,}$|>>|当前位置/u;
/** "Editor: Zhang Rui", "索引号：…", "Tags: …": a short label and its value. */
const FIELD = /^[\p{L}&' -]{1,24}[:：]\s*\S/u;
const KNOWN_FIELD = caseless(/^(?:source|editor|tags?|guests?|share|photo|by|posted|filed under|category|topics?|reading time|news provided by|索引号|主题分类|发布时间|来源|作者|责任编辑|发文机关|成文日期)\s*[:：]/iu);
/** A label set in capitals before a colon (a speaker in a transcript or interview). */
const CAPS_LABEL = /^\p{Lu}[\p{Lu}\p{N} .'’&-]{3,40}:\s/u;
/** "Part 1: …", "Chapter 2." (a part of the text), "浙政办发〔2023〕52号" (a document number). */
const PART_OR_NUMBER = caseless(/^(?:part|chapter|section)\s+\d+\b|〔\d{4}〕\d+号$/iu);
/** "By Jane Doe", "本报记者 赵晨阳", "News provided by". */
const BYLINE = caseless(/^(?:by|written by|words by|news provided by)\b|^(?:本报)?记者|^作者/iu);
/** Words in a name of a site, a publication or an organisation ("… Institute", "… Daily", "… Review"). */
const ORG_WORD = caseless(/\b(?:institute|institution|centre|center|forum|review|daily|times|post|news|newswire|wire|partners|advisory|group|ltd|inc|notes|bulletin|ledger|chamber|hub|watch|podcast|press|media|network|society|council|foundation|association|agency|desk|co\.)\b|网$|报$/iu);
/** Words in the name of one issue of a periodical ("Weekly China Insight", "Regulatory Radar China"). */
const ISSUE_WORD = caseless(/\b(?:weekly|insights?|brief|briefing|update|digest|monitor|radar|report|roundup|newsletter)\b/iu);
/** Lower-case words a name may hold; any other lower-case word makes a line read as a sentence. */
const NAME_JOINER = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'van', 'von', '&', 'at']);
/** A tagline under a masthead: "A podcast about…", "Your daily China digest…", "Tracking privacy…", "Independent notes on…", "A weekly plain-text letter on…". */
const TAGLINE = /^(?:an? |your |the )?(?:[\p{L}-]+ ){0,2}(?:podcast|blog|newsletter|digest|briefing|magazine|journal|publication)\b|^(?:an? |your )(?:[\p{L}-]+ ){0,3}(?:letter|bulletin|note|update|report)s? (?:on|about|for|from|covering)\b|^(?:tracking|covering|news and analysis)\b|^(?:(?:an? |the )?(?:[\p{L}-]+ ){0,2})?(?:notes|commentary|analysis|essays|thoughts|writing|dispatches|insights|reporting|observations|perspectives|conversations|interviews|stories|ideas|talk) (?:on|about|from|with)\b/iu;

/** Whether the line is the page's UI or a call to action. */
export function isUiLine(text: string): boolean {
  // Calls to action are short; a long line is UI only as a cookie notice.
  return text.length <= MAX_UI_CHARS ? UI.test(text) : COOKIE.test(text);
}

/**
 * A page's time stamp: "Updated today · March 2026 edition", "Last updated: 4 March", "Posted
 * 3 hours ago". The stamp verb opens it and a time follows (a day, a number, a month), so
 * "Updated guidance on chip exports" stays a possible headline.
 */
const STAMP = /^(?:last |first )?(?:updated|published|posted|edited)(?: on| at)?[:\s]\s*(?:today|yesterday|just now|this (?:morning|afternoon|evening|week)|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/iu;

/** Whether the line is a page's time stamp (never a title, whatever the date parser makes of it). */
export function isStampLine(text: string): boolean {
  return STAMP.test(text);
}

/** Whether the line is navigation: a breadcrumb or a list of section links. */
export function isCrumbOrNav(text: string): boolean {
  return CRUMB.test(text);
}

/**
 * Whether the line is a header field ("Source: Xinhua") or a label ending in a colon. A short
 * "Name: Word" line the page repeats (`repeated`) is its masthead ("Pacific Brief: China" over
 * the byline and again in the header), not a field: fields are not set twice.
 */
export function isFieldOrLabel(text: string, repeated = false): boolean {
  if (/[:：]$/u.test(text)) return true;
  // "EAST ASIA BUSINESS REVIEW: What is driving that?": a speaker's turn or a label in capitals.
  if (CAPS_LABEL.test(text)) return true;
  if (KNOWN_FIELD.test(text) || PART_OR_NUMBER.test(text)) return true;
  return !repeated && FIELD.test(text) && wordCount(text) <= 5;
}

/** A run of header fields is this long at least ("时间：…" / "地点：…" / "发布人：…"). */
const MIN_FIELD_RUN = 3;

/**
 * Whether the line at `i` is one of a run of "Label: value" lines: a block of fields (a
 * briefing's time, place and speaker), whatever the length of its value. A headline with a
 * colon ("商务部：前4月外贸稳中有进") stands over one field at most, its source line.
 */
export function inFieldRun(lines: readonly { text: string }[], i: number): boolean {
  const field = (k: number) => k >= 0 && k < lines.length && FIELD.test(lines[k].text);
  if (!field(i)) return false;
  let start = i;
  let end = i;
  while (field(start - 1)) start--;
  while (field(end + 1)) end++;
  return end - start + 1 >= MIN_FIELD_RUN;
}

/** Whether the line is a byline. */
export function isByline(text: string): boolean {
  return BYLINE.test(text);
}

/**
 * Whether the line is set in capitals ("HARBOUR LANE ADVISORY", "POLICY BRIEF"): a masthead or
 * a section label. Headlines are set in sentence or title case.
 */
export function isAllCaps(text: string): boolean {
  // A line whose letters are all ASCII (curly quotes and dashes are no letters) is counted in
  // one loop: the header and the title ask this of every short line near the top, and the two
  // `replace`s below cost ~65 ms a thread at 10,000 files.
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 && NOT_A_LETTER[code] !== 1) return isAllCapsByDefinition(text);
    if (code >= 65 && code <= 90) upper++;
    else if (code < 97 || code > 122) continue;
    letters++;
  }
  return letters >= 3 && upper / letters > 0.8;
}

/** Whether each non-ASCII BMP code unit is surely no letter (`\P{L}`; surrogates are not marked). */
const NOT_A_LETTER = notALetterTable();
function notALetterTable(): Uint8Array {
  const units = new Uint16Array(1 << 16);
  for (let code = 0; code < units.length; code++) units[code] = code;
  units.fill(0x61, 0xd800, 0xe000); // surrogates read as a letter: such a text takes the definition
  const all = new TextDecoder('utf-16le').decode(units);
  const table = new Uint8Array(1 << 16);
  for (const match of all.matchAll(/\P{L}/gu)) table[match.index] = 1;
  return table;
}

/** What `isAllCaps` answers, for any text (tests/pipeline hold the ASCII loop to it). */
export function isAllCapsByDefinition(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || /[\u3400-\u9fff]/u.test(letters)) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.8;
}

/**
 * Whether the line has the shape of a name (a person's, a site's, an organisation's): every word
 * capitalised but joiners ("of", "and", "&"), no verb-like lower-case word. "Meridian Institute",
 * "Chen Ruolan", "The Regional Daily". Headlines have lower-case words, or a verb among capitals
 * with "to"/"with" ("Zhonghe … Signs Agreement with Inner Mongolia to Build …").
 */
export function isNameShaped(text: string): boolean {
  if (/[\u3400-\u9fff]/u.test(text)) return ORG_WORD.test(text) && text.length <= 8;
  const words = text.replace(/[,:|·•–—-]+/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  return words.every((word) => /^[\p{Lu}\p{N}&]/u.test(word) || NAME_JOINER.has(word.toLowerCase()));
}

/** Whether a name-shaped line names an organisation or publication (not a person). */
export function hasOrgWord(text: string): boolean {
  return ORG_WORD.test(text);
}

/** Whether a name-shaped line names a periodical's issue rather than a site. */
export function hasIssueWord(text: string): boolean {
  return ISSUE_WORD.test(text) && !ORG_WORD.test(text);
}

/** Whether the line reads as a site's tagline ("A podcast about the politics of …"). */
export function isTagline(text: string): boolean {
  return TAGLINE.test(text);
}
