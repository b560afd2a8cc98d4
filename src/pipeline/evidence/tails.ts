/**
 * Page tails that open with a heading-like marker but carry no fixed wording: "About <the
 * publisher>" followed by the publisher describing itself ("<Name> is a …", "<Name> provides …"), as press releases
 * and think-tank pages end, and "About the author(s)".
 *
 * Why: the generic tail rules (rules/generic-rules.ts) know the fixed phrases ("Related
 * articles", 推荐阅读); a self-description names the publisher, whose name no rule can list, but
 * its frame (About X / X is a …) is the same on every site.
 *
 * Weight: decisive in the last two thirds of a file (press releases end on long footers); everything from the marker down is removed
 * as `tail:about-publisher` (the boilerplate that follows it: contacts, safe-harbour notices).
 */
import type { Unit } from '../stages/04-units';

const ABOUT = /^about (?:the )?(.{2,80}?)[:.]?$/iu;
/** How far into the next line the name may stand ("Founded in 2011, <name> …", "Since 1998, <name> …"). */
const NAME_LEAD_CHARS = 30;
/** How far in a company's short name may stand ("Founded in 2016 and headquartered in Shenzhen, Lianyun develops …"). */
const SHORT_NAME_LEAD_CHARS = 80;
const ABOUT_AUTHORS = /^about the (?:authors?|contributors?|experts?)$/iu;

/** Index of the first "About <publisher>" marker in the last two thirds of `units`, or -1. */
export function aboutPublisherTail(units: Unit[]): number {
  for (let i = Math.ceil(units.length / 3); i < units.length; i++) {
    const text = units[i].text;
    if (text.length > 90) continue;
    if (ABOUT_AUTHORS.test(text)) return i;
    const about = ABOUT.exec(text);
    const next = units[i + 1]?.text;
    if (!about || next === undefined) continue;
    // "About Zhonghe New Energy Group Co., Ltd." then "Zhonghe New Energy Group Co., Ltd. is a …",
    // or "Founded in 2011, Lianyun Logistics Group runs …": the name early in the next line.
    const words = about[1].split(' ');
    const name = words.slice(0, 2).join(' ');
    // (Further in only for a capitalised name: "About the new rules" / "The new rules …" is a section.
    // A company of two words or more may go by its first: "About Lianyun Energy" / "… Lianyun develops …".)
    const short = words.length >= 2 && /^\p{Lu}\p{Ll}{3,}$/u.test(words[0]) ? `${words[0]} ` : null;
    const lead = next.slice(0, name.length + NAME_LEAD_CHARS);
    if (next.length > text.length && (next.startsWith(name) || (/^\p{Lu}/u.test(name) && (lead.includes(name) || (short !== null && next.slice(0, SHORT_NAME_LEAD_CHARS).includes(short)))))) return i;
  }
  return -1;
}
