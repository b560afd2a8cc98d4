import { z } from 'astro/zod';
import { BoilerplateRuleSchema } from '../../schema';
import { PrecheckedPattern } from './prechecked-pattern';

/**
 * Boilerplate every publisher's pages share. Same schema as a publisher's rules in
 * content/publishers.yaml, so both are data and both are validated. A rule removes a whole
 * line, never part of one. `maxChars` keeps each rule off the long prose lines it can never
 * match: most of a briefing's bytes are such lines, and testing them was most of the cost.
 */
const GENERIC_BOILERPLATE_INPUT = [
  { id: 'skip-link', maxChars: 120, scope: 'line', reason: 'navigation link', pattern: '^skip to (?:main )?content\\b.{0,80}$' },
  {
    id: 'share-buttons',
    maxChars: 200,
    scope: 'line',
    reason: 'share and navigation buttons',
    pattern:
      '^(?:(?:share(?: this(?: article| story)?)?|facebook|twitter|x|linkedin|whatsapp|wechat|weibo|telegram|reddit|e-?mail|print|copy(?: link)?|feature image|menu|search|home|subscribe(?: now)?|sign (?:in|up)|log ?in|register|close|back to top|read more)[\\s|·•/,]*)+$',
  },
  {
    id: 'page-furniture',
    maxChars: 160,
    scope: 'line',
    reason: 'reading time and verification badges',
    pattern: '^[·•|\\s]*(?:\\d+\\s*min(?:ute)?s?\\s+read|verified by \\d+ sources?|listen to (?:this )?article)\\b[^.]{0,80}$',
  },
  {
    id: 'cookie-banner',
    scope: 'line',
    reason: 'cookie banner',
    maxChars: 500,
    pattern:
      '\\b(?:we use cookies|this (?:web)?site uses cookies|by continuing to (?:browse|use)|cookie (?:policy|settings|preferences))\\b|^(?:(?:accept|reject|allow|decline)(?: all)?(?: cookies)?|manage (?:cookie )?(?:preferences|settings|cookies))$',
    // Every branch above holds one of these (~55 → ~25 ms a pass over 10,000 files' lines).
    precheck: /cookie|continuing to |^(?:accept|reject|allow|decline|manage )/i,
  },
  {
    id: 'footer-links',
    maxChars: 300,
    scope: 'line',
    reason: 'site footer links',
    pattern:
      '^(?:(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|contact(?: us)?|about(?: us)?|careers|sitemap|accessibility|cookies?(?: policy| settings)?|imprint|legal|advertise(?: with us)?|newsletters?|rss)\\s*[|·•,/]?\\s*){2,}$',
  },
  {
    id: 'breadcrumbs',
    maxChars: 200,
    scope: 'line',
    reason: 'navigation breadcrumbs',
    // Three parts on any separator, or two on a crumb's own arrows ("Interviews › Trade law").
    pattern: '^[\\p{L}&\'’ -]{1,30}(?:(?:\\s*[|›»>/]\\s*[\\p{L}&\'’ -]{1,30}){2,}|\\s*[›»]\\s*[\\p{L}&\'’ -]{1,30})$',

    // Both branches hold a separator: most lines have none, and fail here at once rather than
    // after the case-insensitive Unicode pattern backtracks over their first 30 letters.
    precheck: /[|›»>/]/,
  },
  {
    id: 'sign-off',
    maxChars: 250,
    scope: 'line',
    reason: "newsletter sign-off",
    pattern: '^(?:(?:thanks|thank you) for reading\\b|(?:please )?forward this (?:e-?mail |newsletter )?to a (?:friend|colleague)\\b|(?:was this|did someone) forward(?:ed)? (?:this|you this)\\b).{0,160}$',
  },
  { id: 'copyright', maxChars: 200, scope: 'line', reason: 'copyright notice', pattern: '^(?:©|\\(c\\)|copyright\\b).{0,160}$' },
  { id: 'advertisement', maxChars: 30, scope: 'line', reason: 'advertisement label', pattern: '^(?:advertisement|sponsored(?: content)?|ad)$' },
  {
    id: 'email-wrapper',
    maxChars: 160,
    scope: 'line',
    reason: 'e-mail forward wrapper',
    pattern:
      '^(?:-{2,}\\s*(?:forwarded message|original message)\\s*-{2,}|begin forwarded message:?|view (?:this (?:e-?mail|newsletter) )?in (?:your )?browser\\.?|having trouble viewing this e-?mail\\?.{0,80})$',
  },
  {
    id: 'related-links',
    maxChars: 120,
    scope: 'tail',
    reason: 'related-articles list or comment thread at the end of the page',
    pattern:
      '^(?:recommended|related|suggested|popular|trending|most (?:read|viewed|popular|shared)(?: in (?:the (?:last|past) )?\\d+ hours)?|you (?:may|might) also like|read (?:next|more)|further reading|(?:more|latest) (?:from|on|in) [\\p{L} ]{1,40}|more|editor\'?s picks?|see also|for (?:more|further) information)(?: (?:articles|stories|news|reads|posts|for you|reading|content|galleries|links|releases|coverage|interviews|analysis|commentary|research|publications|podcasts|episodes|videos|reports|insights|briefings|topics|resources|newsletters|documents|events))?(?: for you)?:?$|^(?:recent (?:releases|posts|stories)|discussion about this post|(?:comments?|responses)(?: \\(\\d+\\))?|suggested citation|leave a (?:reply|comment)|\\d+ (?:thoughts|comments|responses) on .{1,80}|相关(?:新闻|稿件|阅读|报道|链接)|推荐阅读|延伸阅读|热点推荐|更多(?:新闻|阅读)|往期(?:回顾|推荐|精选)|相关推荐)[:：]?$',
  },
  {
    id: 'methodology-footer',
    maxChars: 80,
    scope: 'tail',
    reason: "the site's methodology footer",
    pattern: '^(?:how we (?:covered|cover|reported|report) this(?: story)?|(?:our )?methodology|about (?:our|this) (?:methodology|coverage|data))$',
  },
  {
    id: 'unsubscribe-footer',
    scope: 'tail',
    reason: 'mailing-list footer',
    maxChars: 500,
    pattern:
      '\\b(?:unsubscribe|manage (?:your )?(?:subscription|preferences|email preferences)|update (?:your )?(?:e-?mail |subscription )?(?:preferences|settings)|you(?: are|\'re)? receiv(?:ed|ing) this(?: (?:e-?mail|newsletter|message|alert))?|(?:you are|you\'re) (?:currently )?subscribed (?:to|as))\\b|^to (?:leave|be removed from|unsubscribe from) (?:the|this) (?:list|mailing list)\\b|^\\S+ mailing list$',
    // Every branch above holds one of these (~70 → ~40 ms a pass over 10,000 files' lines).
    precheck: /subscri|preferences|receiv(?:ed|ing) this|the list|this list|mailing list/i,
  },
  {
    id: 'publisher-blurb',
    scope: 'paragraph',
    reason: "publisher's self-description and contact details",
    // A self-description ("Founded in…", "X is a … consultancy") together with contact details.
    // Written without \\p{…} (so compiled without the `u` flag) and with lazy lookaheads: it is
    // tested on the long paragraphs at both ends of every page, and this form is 5× faster.
    pattern:
      '^(?=.*?(?:\\bfounded in\\b|\\b(?:is|are) an? (?:\\S+ ){0,4}(?:consultancy|firm|agency|company|think[- ]tank|institute|organi[sz]ation|publisher|publication|network|chamber)\\b))(?=.*?(?:[\\w.+-]+@[\\w-]+\\.[\\w.]+|https?://|www\\.|\\bfollow (?:us|\\S+) on\\b|\\bcontact (?:us|\\S+)\\b)).{120,}$',
  },
] as const;

/**
 * The generic boilerplate rules, validated once at start-up (a bad pattern is a bug, so it
 * throws). A rule's `precheck` (not part of the schema: publishers' rules have none) is a test
 * every line its pattern matches passes; tests/pipeline/rules/fast-paths.test.ts holds each to it.
 */
export const GENERIC_BOILERPLATE = z
  .array(BoilerplateRuleSchema)
  .parse(GENERIC_BOILERPLATE_INPUT)
  .map((rule, i) => {
    const input = GENERIC_BOILERPLATE_INPUT[i];
    const precheck = 'precheck' in input ? input.precheck : undefined;
    return precheck ? { ...rule, pattern: new PrecheckedPattern(rule.pattern, (text) => precheck.test(text)) } : rule;
  });

/**
 * Labels that introduce explicit takeaways, as a heading ("Key Takeaways") or inline
 * ("Bottom line: …"). Compared on folded text.
 */
export const GENERIC_TAKEAWAY_CUES = [
  'key takeaways',
  'key takeaway',
  'takeaways',
  'takeaway',
  'the takeaway',
  'bottom line',
  'the bottom line',
  'what it means',
  'what this means',
  'why it matters',
  'why this matters',
  'so what',
  'our take',
  'our view',
  'our read',
  'our assessment',
  'key judgement',
  'key judgment',
  'key judgements',
  'key judgments',
  'tl dr',
  'tldr',
  'key points',
  'what to know',
  // Think-tank and report pages box their conclusions under these.
  'key findings',
  'main findings',
  'key messages',
  'main points',
  'key insights',
  'at a glance',
  'in a nutshell',
  'the short version',
  '要点',
  '核心要点',
  '启示',
  '简评',
  '本期要点',
  '划重点',
  '核心观点',
];

/** Takeaway labels that count only with the takeaway on the same line (see takeaway-cues.ts). */
export const GENERIC_INLINE_TAKEAWAY_CUES = [
  'our view',
  'my view',
  'my take',
  'our take',
  // A digest's "Comment: …" under each item: the editor's view of it.
  'comment',
  'the view from here',
  'implications',
  '观点',
  '点评',
  '我们的看法',
];
