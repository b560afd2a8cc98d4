/**
 * Credits: lines that say who made the page rather than what it says: bylines ("By Jane Doe in
 * Shanghai", 本报记者 …), author bios ("X is a senior fellow at …"), editor and production
 * credits (责任编辑：…, "Editor: …", "Reporting by …; editing by …", "… is written by …"),
 * photo credits and captions ("(Photo: Xinhua)", "Image 2 of 4" and the sentence it labels),
 * and contact lines ("Tel: …", "Mobile: …").
 *
 * Why: every site credits people, and does it in a handful of fixed grammatical frames (a "by"
 * phrase, "is a <role> at", a role label and a colon); the frame, not the names, is the evidence.
 *
 * Weight: decisive on its own for the frames below (each is anchored and length-limited); a
 * caption also needs its neighbour: the credit line after it or the "Image n of m" before it.
 */
import type { Unit } from '../stages/04-units';
import { caseless } from '../text/caseless';
import { wordCountUpTo } from '../text/line-shape';
import { isAllCaps } from './title-furniture';

/** "By Jane Doe", "By Jane Doe in Shanghai", "By our Beijing correspondent", "BY J. DOE", "By Jane Doe (jane@…)". */
const BYLINE = /^(?:by|written by|words by|commentary by|analysis by|opinion by|text by|interview(?:ed)? by|interviews? conducted by|prepared by|compiled by|produced by|hosted by|presented by)\s+[\p{L}][\p{L}.'’-]*(?:[ ,]+[\p{L}.'’&-]+){0,9}(?:\s*[(<][^()<>\s]+@[^()<>\s]+[)>])?$/iu;
const BYLINE_START = /^[Bb][Yy] /;
/** The separators a byline's extras hang on (" · ", " | "). */
const SEPARATED = /\s+[|·∙•]\s+/u;
/** 本报记者 赵晨阳, 记者：…, 作者：… */
const ZH_BYLINE = /^[（(【\[]?\s*(?:本报记者|记者|作者|通讯员|文|图)\s*[：:|｜]?\s*[\p{Script=Han}·、 ]{2,20}[）)】\]]?$/u;
/** A newspaper's print source: "《人民日报》（2026年04月08日 第02版）", "《经济日报》(2026年4月8日 05版)". */
const PRINT_EDITION = /^《[^》]{2,16}》\s*[（(][^）)]{0,30}?第?\s*\d{1,2}\s*版\s*[）)]$/u;
/** "(责任编辑：孙雪)", "[Editor: Zhang Rui]", "Reporting by …; editing by …" */
const EDITOR = caseless(/^[（(【\[]?\s*(?:责任编辑|编辑|校对|审核|editors?|edited by|reporting by|writing by|additional reporting by|compiled by|prepared by|with (?:help|additional reporting|reporting) from)\s*[:：]?\s*\S/iu);
/**
 * "Analysts: Joanna Pereira-Ng (Hong Kong), Li Wenbo (Shanghai)", "Guests: Dr. …; Tom …", "Hosts: …",
 * "Authors: …": the people a report or an episode credits, listed after a role label and a colon.
 */
const ROLE_LIST = caseless(/^(?:analysts?|authors?|contributors?|guests?|hosts?|co-hosts?|presenters?|panell?ists?|speakers?|moderators?|interviewers?)\s*:\s*\S/iu);
/** "… is written by … and edited by …", "… is produced by …" */
const PRODUCED_BY = caseless(/\b(?:is|are) (?:written|produced|edited|compiled|published) by\b/iu);
/**
 * "Helena Wirth is a senior fellow in …", "The author is a research fellow at …", "Kenji Moyo is
 * The Pacific Ledger's Asia business correspondent."
 */
const BIO = /^(?:the authors? (?:is|are)|(?:\p{Lu}[\p{L}'’.-]+ ){1,3}(?:is|was) (?:[Aa]|[Aa]n|[Tt]he)) (?:[\p{L}'’-]+ ){0,5}(?:fellow|analyst|researcher|professor|director|editor|correspondent|journalist|associate|partner|economist|author|writer|reporter|lecturer|scholar|founder|consultant|adviser|advisor|scientist|student|candidate|manager|head of)\b/u;
/** "(Photo: Reuters)", "Photo: VCG", "Image: …", "图片来源：…", "Credit: …", "Photo by Li Wen/Getty Images", "[Photo provided to China Daily]" */
const CREDIT = caseless(/^[（(【\[]?\s*(?:(?:photos?|images?|pictures?|credits?|photo credit|illustration|graphic|图片?(?:来源)?|图源|(?:数据|资料)来源|摄影?|视频)\s*[:：/]|(?:photo(?:graph)?s?|images?|pictures?|illustration) by\s|(?:photo|image|picture)s? (?:provided (?:to|by)|courtesy(?: of)?|supplied by)\s)\s*[^.。]{1,80}[）)】\]]?$/iu);
/**
 * A caption that ends on its credit: "… Jiangxi Province. Photo: VCG", "… in 2023. (Photo by Li
 * Wen/Getty Images)", "… Beijing, March 5, 2025. [Photo/Xinhua]", "… Photo: J. Hartmann / picture alliance", "… in Busan on Thursday. (White
 * House photo)", "… (AP Photo/Ng Han Guan)", "…选购电器。新华社记者 季春鹏 摄".
 */
const ENDS_ON_CREDIT = caseless(/[.。]\s*(?:[（(【\[]?(?:(?:photo|image|picture|credit|photograph|photographer)s?\s*[:：/]|(?:photo|image|picture)s? by\s)\s*(?:[^.。]|(?<=\b[A-Z])\.){1,60}[）)】\]]?|\((?:[^()]{1,40}\s)?(?:file photo|photo|photograph|handout)(?:\s*\/\s*[^()]{1,40})?\))$/iu);
/** A numbered item ("2. Credit: the impulse finally turns"): its number's full stop opens no credit. */
const NUMBERED = /^\d{1,2}[.)]\s/u;
/** A caption that ends on its agency after a slash: "… in Beijing, September 12, 2025. /CFP", "… /Xinhua". */
const ENDS_ON_SLASH_CREDIT = /[.。]\s+\/\s?\p{Lu}[\p{L}]{1,15}(?: \p{Lu}[\p{L}]{1,15})?$/u;
/** A Chinese caption by its opening: "资料图：…", "图为…", "配图：…", "示意图：…". */
const ZH_CAPTION = /^[（(【\[]?\s*(?:资料图片?|图为|配图|示意图)[:：]?\s*\S/u;
const MAX_ZH_CAPTION_CHARS = 120;
/** A Chinese caption's credit: "…。新华社记者 季春鹏 摄", "（张三 摄）". */
const ZH_ENDS_ON_CREDIT = /[。，,]\s*[（(]?[\p{Script=Han}]{0,8}(?:记者|通讯员)?\s*[\p{Script=Han}·]{2,4}\s*摄[）)]?$/u;
/** "Image 2 of 4", "Photo 3/5" */
export const IMAGE_COUNTER = /^(?:image|photo|picture|slide|图)\s*\d+\s*(?:of|\/)\s*\d+$/iu;
/** A caption that opens on its gallery counter: "Item 1 of 2 Workers transport…", "[1/2] Workers…". */
const OPENS_ON_COUNTER = /^(?:\[\d{1,2}\s*\/\s*\d{1,2}\]|(?:item|image|photo|picture|slide)\s+\d{1,2}\s+of\s+\d{1,2})\s+\S/iu;
/** A caption is this long at most, in characters. */
const MAX_CAPTION_CHARS = 400;
/**
 * An author's role on a line of its own under the name ("Head of Trade Compliance, Asia at
 * Meridian Components", "Senior Fellow, Lakeside Forum"): a role word, then the organisation.
 */
const ROLE_LINE = /^(?:[\p{Lu}][\p{L}&'’-]*,?\s+){0,5}(?:analyst|economist|fellow|editor|correspondent|reporter|partner|researcher|director|manager|professor|adviser|advisor|consultant|founder|head|chief|lead|officer|counsel|strategist|associate)\b[^.!?]{0,80}?(?:\s(?:at|@)\s|,\s)\p{Lu}[^.!?]{1,60}$/iu;

/** Whether a line states an author's role and organisation (see ROLE_LINE); asked of the line under a name. */
export function isRoleLine(text: string): boolean {
  return text.length <= 120 && ROLE_LINE.test(text);
}
/** "Priya Natarajan-Cole covers critical minerals for …", "Jo Lee reports on trade from Hong Kong": a reporter's beat. */
// (A full stop inside the beat is an abbreviation's: "U.S.-China relations".)
const BEAT = /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}(?:covers|reports on|writes about|writes on) (?:[^.]|\.(?=\S)){3,100}\b(?:for|from|at)\b/u;
/**
 * "Mireille Okonkwo-Hart, Senior Fellow, China Economy Program", "Oliver Tan, Counsel, Beijing",
 * "JOANNA LEUNG, Asia Compass staff writer": a name, a comma, a role (a byline with its title,
 * or a contact in a list of them).
 */
const NAME_COMMA = /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+,\s+/u;
/** The role after the comma, read lower-cased. */
const ROLE = /^(?:[\p{L}-]+ ){0,3}(?:fellow|associate|analyst|researcher|professor|director|editor|correspondent|partner|counsel|economist|reporter|lecturer|scholar|founder|consultant|advis[eo]r|scientist|manager|chair(?:man|woman)?|president|head|writer|columnist|contributor|producer|photographer|chief)\b/u;
function isNameRole(text: string): boolean {
  const name = NAME_COMMA.exec(text);
  return name !== null && ROLE.test(text.slice(name[0].length).toLowerCase());
}
/** "Tel: …", "Mobile: +44 …", "Email: a@b", a line that is an address and little else. */
const CONTACT = caseless(/^(?:tel|phone|mobile|mob|fax|e-?mail|wechat|web(?:site)?|address|电话|手机|邮箱|传真|地址|邮编)\s*[:：.]\s*\S|^[^\s@[]+@[^\s@]+\.\w+$/iu);
/** An appeal for tips that gives an address ("Tips and comments go to a@b", "Send feedback to a@b"), or the reporter's ("Contact reporter …"). */
const TIPS_TO = /^contact (?:the )?(?:reporters?|editors?|authors?|writers?)\b|^(?:send |email )?(?:(?:news )?tips?|comments?|feedback|ideas|questions)(?:,? (?:and|&) (?:tips|comments?|feedback|ideas|questions))?\??,? (?:go |can go )?(?:to|at)\b[^.]{0,60}\S@\S/iu;
/** "111 Example Street, Suite 300, San Francisco", "20 Example Square, London WC1A 1AA" */
const ADDRESS = /\b\d{1,5}[a-z]?,? (?:[\p{Lu}][\p{L}'’-]* ){1,4}(?:street|st\.|avenue|ave\.?|road|rd\.?|square|boulevard|blvd\.?|lane|drive|way|place|suite|floor|building|plaza|tower|quay|wharf|court|terrace|cent(?:re|er))\b/iu;
/** A Chinese postal address: "北京市朝阳区东三环中路39号建外SOHO B座1205室 邮编100022". */
/** A continental address: the street before its number, the postcode before its town ("Am Sandtorkai 40 | 20457 Hamburg", "Rue de la Loi 170, 1040 Brussels"). */
const EU_ADDRESS = /\p{Lu}[\p{L}.'’-]+(?:\s[\p{L}.'’-]+){0,3}\s\d{1,4}[a-z]?\s*[|,]\s*(?:[A-Z]{1,2}-)?\d{4,5}\s\p{Lu}/u;
const ZH_ADDRESS = /^[\p{Script=Han}]{1,8}[省市][\p{Script=Han}]{1,8}[区县市].{0,30}\d+号[^。，]{0,40}$/u;
/** "Tianyuan Partners is a Beijing-based consultancy …": a publisher describing itself. */
const SELF_DESCRIPTION = /^(?:\p{Lu}[\p{L}&'’.-]* ){1,5}(?:is|are) (?:a|an|the) (?:[\p{L}-]+ ){0,6}(?:consultancy|firm|agency|company|think[- ]tank|institute|organi[sz]ation|publisher|publication|network|chamber|newsletter|podcast|platform|association|group)\b/u;
/** A person's name, or two ("Helena Wirth and Kai Osei", "Ana Kobayashi-Holt"): capitalised words only. */
const NAMES = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*|\p{Lu}\.)(?:,? (?:\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*|\p{Lu}\.|and|&))*$/u;
/**
 * Cheap tests a line must pass before the two unanchored case-insensitive patterns above, which
 * try every position of every line (together 6% of the ingest at 10,000 files): PRODUCED_BY
 * holds " by" (no character but b/B, y/Y matches those case-insensitively), ADDRESS an ASCII
 * digit (`\d` is ASCII even with the `u` flag).
 */
const MAY_BE_PRODUCED_BY = / [bB][yY]/;
const HAS_DIGIT = /[0-9]/;
/** Longest line a credit frame is tested on. */
const MAX_CREDIT_CHARS = 300;

/** The credit kind of a line on its own ("furniture:byline", "furniture:author-bio", …), or null. */
export function creditOf(text: string): string | null {
  if (text.length > MAX_CREDIT_CHARS) return null;
  if (text.length <= 80 && (BYLINE.test(text) || ZH_BYLINE.test(text))) return 'furniture:byline';
  if (text.length <= 60 && text.startsWith('《') && PRINT_EDITION.test(text)) return 'furniture:credit';
  // "By Jane Doe · Hundreds of paid subscribers", "By Jane Doe | 5 min read": a byline with its extras.
  if (text.length <= 160 && BYLINE_START.test(text) && SEPARATED.test(text) && BYLINE.test(text.split(SEPARATED)[0])) return 'furniture:byline';
  if (BIO.test(text) || (text.length <= 200 && BEAT.test(text))) return 'furniture:author-bio';
  if (text.length <= 160 && isNameRole(text) && !/[.!?]$/u.test(text)) return 'furniture:byline';
  if (text.length <= 160 && (EDITOR.test(text) || (MAY_BE_PRODUCED_BY.test(text) && PRODUCED_BY.test(text)))) return 'furniture:credit';
  if (text.length <= 240 && ROLE_LIST.test(text) && !/[.!?]$/u.test(text)) return 'furniture:credit';
  if (text.length <= 160 && MAY_BE_PRODUCED_BY.test(text) && SEPARATED.test(text) && text.split(SEPARATED).every((part) => ROLE_BY.test(part))) return 'furniture:credit';
  if (text.length <= MAX_ZH_CAPTION_CHARS && ZH_CAPTION.test(text)) return 'furniture:caption';
  if (CREDIT.test(text) || IMAGE_COUNTER.test(text) || (text.length <= 200 && CHART_CREDIT.test(text))) return 'furniture:image-credit';
  if (text.length <= MAX_CAPTION_CHARS && OPENS_ON_COUNTER.test(text)) return 'furniture:caption';
  if (text.length <= 120 && HAS_DIGIT.test(text) && isPhoneLine(text)) return 'furniture:contact';
  if (text.length <= 120 && (CONTACT.test(text) || TIPS_TO.test(text))) return 'furniture:contact';
  // (The line's end is looked at first: most lines end a sentence, and the address pattern scans the whole line.)
  if (text.length <= 160 && !/[.!?]$/u.test(text) && HAS_DIGIT.test(text) && ADDRESS.test(text)) return 'furniture:address';
  if (text.length <= 80 && HAS_DIGIT.test(text) && text.includes('号') && ZH_ADDRESS.test(text)) return 'furniture:address';
  if (text.length <= 160 && !/[.!?]$/u.test(text) && HAS_DIGIT.test(text) && EU_ADDRESS.test(text)) return 'furniture:address';
  if ((ENDS_ON_CREDIT.test(text) && !NUMBERED.test(text)) || (text.length <= MAX_CAPTION_CHARS && text.includes('/') && ENDS_ON_SLASH_CREDIT.test(text)) || (text.endsWith('摄') || text.endsWith('摄）') || text.endsWith('摄)')) && ZH_ENDS_ON_CREDIT.test(text)) return 'furniture:caption';
  return null;
}

/** "Hosted by Priyanka Rao", "Produced by Tom Eklund": one part of a show's credits line. */
const ROLE_BY = /^(?:hosted|presented|produced|edited|written|mixed|reported|narrated|moderated|music|sound|artwork|art|research|photos?) by \p{Lu}/iu;
/** A telephone number: "+86 10 5555 0101", "+852 5555 0188", "(021) 5555-0100", "+49 170 555 0199". */
const PHONE = /(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?|\(\d{2,5}\)\s?)\d{1,5}(?:[\s.-]\d{2,5}){1,4}/gu;
/** What a contact line may hold besides numbers: short labels ("T", "Tel.", "Mobile", "Fax") and an address. */
const CONTACT_LABEL = /^(?:t|m|f|e|w|tel|phone|mob(?:ile)?|cell|fax|direct|office|hotline|email|e-mail|电话|手机|邮箱|传真)\.?[:：]?$/iu;

/**
 * A line that is a telephone number with at most its labels, an e-mail address or a site beside
 * it: "+86 10 5555 0101", "T +852 5555 0188 | E mei.tan@…", "T: +49 30 … | M: +49 170 …". Why:
 * signatures and contact blocks set one number a line under labels that differ by firm and by
 * language; the number's shape does not, and prose seldom leaves a number alone on its line.
 */
function isPhoneLine(text: string): boolean {
  if (text.length > 120 || !/\d[\s.-]?\d{2}/u.test(text)) return false;
  const numbers = text.replace(PHONE, ' ');
  if (numbers.length === text.length) return false;
  const rest = numbers.replace(/\S+@\S+|(?:https?:\/\/|www\.)\S+/gu, ' ');
  return rest.split(/[\s|·•,/]+/u).every((word) => word === '' || CONTACT_LABEL.test(word));
}

/** "Data: State Administration of Foreign Exchange; Chart: Axios Visuals": a chart's two credits. */
const CHART_CREDIT = /^(?:data|sources?|chart|graphic|map|table|illustration)\s*:\s*[^;:]{1,80};\s*(?:data|sources?|chart|graphic|map|table|illustration)\s*:\s*[^;:]{1,80}$/iu;

/** Whether a line is a photo credit or an image counter: the line next to it is a caption. */
export function marksCaption(text: string): boolean {
  return text.length <= 100 && (CREDIT.test(text) || IMAGE_COUNTER.test(text));
}

/** A publisher's self-description ("X is a … consultancy"): furniture at the foot of a page. */
export function isSelfDescription(text: string): boolean {
  return text.length <= 600 && SELF_DESCRIPTION.test(text);
}

/** The label of a list of an event's participants: "Speakers", "Panellists", "Participants". */
const PARTICIPANTS_LABEL = /^(?:(?:the |our )?(?:speakers|panell?ists|participants|attendees|guests|discussants|delegation)|(?:speakers|participants) (?:included|were))\s*:?$/iu;

/**
 * Whether a line labels a list of an event's participants: the "Name, Role, Organisation" lines
 * under it are who took part (content of a readout), not bylines.
 */
export function isParticipantsLabel(text: string): boolean {
  return text.length <= 40 && PARTICIPANTS_LABEL.test(text);
}

/**
 * A line of one or a few names (2–8 capitalised words): a byline when it stands under a date
 * line or heads someone's bio ("Chen Ruolan" … "Chen Ruolan is an analyst …"); the caller
 * checks the neighbour.
 */
export function isNameLine(text: string): boolean {
  if (text.length > 80 || !NAMES.test(text)) return false;
  const words = text.split(' ').length;
  return words >= 2 && words <= 8;
}

/** Units at the top where a masthead in capitals stands. */
const MASTHEAD_UNITS = 10;
/** What a publisher does, in its own blurb: "Northbridge Strategy advises …", "… helps companies …". */
const PUBLISHER_VERB = /^(?:is|are|advises|helps|provides|offers|supports|works with|specialises|specializes|publishes|tracks|was founded)\b/u;

/** The names set in capitals at the top of the page ("NORTHBRIDGE STRATEGY"), lower-cased. */
export function mastheadNames(units: readonly Unit[]): string[] {
  return units.slice(0, MASTHEAD_UNITS).filter((unit) => unit.text.length <= 60 && wordCountUpTo(unit.text, 6) <= 6 && isAllCaps(unit.text)).map((unit) => unit.text.toLowerCase());
}

/**
 * "Northbridge Strategy advises multinational companies on …" at the foot of a page whose
 * masthead reads NORTHBRIDGE STRATEGY: the publisher describing itself, by its own name.
 */
export function describesPublisher(text: string, names: string[]): boolean {
  if (names.length === 0 || text.length > 400) return false;
  const lower = text.toLowerCase();
  return names.some((name) => lower.startsWith(`${name} `) && PUBLISHER_VERB.test(text.slice(name.length + 1)));
}
