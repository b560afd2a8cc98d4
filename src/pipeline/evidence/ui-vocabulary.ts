/**
 * UI vocabulary: the words pages and e-mails use to address the reader as a user rather than
 * as a reader: calls to action (subscribe, share, listen, download, sign in, view online, 分享,
 * 扫一扫), counters ("42 Likes", "5 Restacks", 3 min read), labels ("Tags:", "Reading time:",
 * 小字号) and reader-facing notices ("Views expressed are their own", "All rights reserved").
 *
 * Why: every platform words its buttons a little differently, but the verbs and nouns of user
 * interfaces are a small closed set in each language; publishers' prose rarely starts with
 * them, and a short line that does is a button or a label.
 *
 * Weight: decisive for a short line (≤ MAX_CTA_WORDS words) that starts with such a phrase,
 * and for a line of any length up to MAX_NOTICE_WORDS that contains a reader-facing notice.
 * Short lines stating a date are left to the header stage above the body (see `mentionsDate` in date-lines.ts).
 */
import { groupedByFirstCharacter } from '../text/first-character-alternation';
import { EMOJI_SOURCE } from '../text/emoji';
import { isBareUrl, isPageNumber } from './page-blocks';

/** A button or label is this short; longer lines that start with "Share" are prose. */
const MAX_CTA_WORDS = 12;
/** A notice is a sentence or two. */
const MAX_NOTICE_WORDS = 40;

/** Starts of lines that are calls to action (tested on the line's start, case-insensitive). */
const CTA_START = new RegExp(
  // Leading bullets, arrows and emoji ("📊 Poll: …", "∙ Paid"): written as UTF-16 pairs, as
  // the pattern has no `u` flag.
  '^(?:[\\s>»→▶•·∙|<\\[【(+-]|[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]|[\\u2600-\\u27BF\\uFE0F])*(?:' +
    // Regrouped by first character (text/first-character-alternation.ts): a line that starts
    // like no button fails after one comparison, not one per phrase (~25% of the stage's UI test).
    groupedByFirstCharacter(new RegExp([
      'share(?:\\b|$)', 'subscribe\\b', 'sign (?:up|in|out)\\b', 'log ?(?:in|out)\\b', 'register (?:now|here|today)\\b',
      'download\\b', 'listen(?: (?:on|to|now|in|next|again)\\b|\\s*$)', 'watch (?:now|the|on)\\b', 'read (?:online|more|next|on|in|the full|the rest|full)\\b',
      'view (?:online|in|it|this|our|all|more)\\b', 'open in\\b', 'follow (?:us|me|@)', 'follow\\s*$', 'get the app\\b',
      'start writing\\b', 'continue reading\\b', 'leave a (?:comment|reply)\\b', 'write a comment\\b', 'reply\\s*$', 'like(?:\\s*loading\\W*)?\\s*$',
      'restacks?\\s*$', 'cop(?:y|ied)(?: link)?\\s*$', 'print\\b', 'email\\s*$', 'click (?:here|to)\\b', 'forward (?:this|to)\\b',
      'support (?:the|our|this) (?:show|podcast|work)', 'rate and review\\b', 'type your email', 'enter your email', 'back to (?:top|list|home)\\b',
      'see (?:all|more)\\b', 'load more\\b', 'show more\\b', 'more\\s*$', 'comments?\\s*$', 'discussion about this', 'ready for more',
      'cite this\\b', 'tags?\\s*:', 'topics?\\s*:', 'filed under\\b', '(?:estimated )?reading time\\b', '(?:primary |main |mobile |site |secondary )?(?:menu|navigation)\\s*$', 'see (?:all |the )?(?:author\'s|authors\'|his|her|their) (?:posts|articles)\\b',
      '(?:next|previous|prev)\\s*[:：][^.!?]*$', 'audio\\s*:', 'video\\s*:', 'available downloads?\\s*$', 'tags\\s*$', '(?:qq空间|qzone|微信|微博|朋友圈)\\s*$', '图片\\s*$', '微信号[\\s：:]', '(?:episode |full |read the |view |show |the )?transcripts?\\s*:?\\s*$', '(?:duration|runtime|running time|length)\\s*:', 'show notes\\s*:',
      'newsletter sign-?up', 'upcoming (?:webinar|event)s?\\s*:', 'sponsored\\b', 'advertisement\\b', 'search(?: trends)?[\\s.…]*$',
      'discover more from\\b', 'not displaying correctly', 'having trouble viewing', 'if you cannot see this', 'add \\S+@\\S+ to your',
      'you currently have \\d+ referrals', 'was this forwarded', 'forwarded this (?:e-?mail|newsletter|message)',
      'in (?:today\'s|this week\'s|this) (?:brief|issue|edition|note|newsletter|e-?mail|episode)\\s*:',
      // Polls, reader feedback, WordPress's like bar and taxonomy rows, post navigation.
      'go deeper\\b', 'dig deeper\\b', 'poll\\s*:', 'enjoying (?:this|the|today)', 'did you (?:enjoy|like) (?:this|today)', 'like this\\s*:', 'categor(?:y|ies)\\s*:', 'post navigation\\b',
      'disclaimer\\s*:', 'follow (?:the (?:show|podcast)|our)\\b',
      'thanks for reading\\b', 'posted in\\b', '\\d+ (?:thoughts|comments|responses|replies) on\\b', 'powered by\\b', 'news provided by\\b',
      'send a release\\b', 'media contacts?\\s*:?\\s*$', 'investor (?:and|&) media contacts?\\s*$', 'contact(?: us)?\\s*:?\\s*$',
      'image \\d+ of \\d+', 'your privacy choices', 'we value your privacy', 'privacy (?:settings|choices|preferences)', '(?:i )?agree\\s*$',
      'guests?\\s*:\\s*\\S', 'hosts?\\s*:\\s*\\S', 'in this (?:article|story|post)\\s*:', '(?:paid|free|premium|members?[- ]only|subscribers?[- ]only)(?: (?:story|post|article|content))?\\s*$', 'register here\\b', 'web version\\b', 'more options\\b', 'customi[sz]e\\b', '(?:accept|reject) all\\b', 'back to the top\\b', 'upgrade\\s*$', 'video ?player(?:\\s*close)?\\s*$', 'save\\s*$', '(?:image|photo|picture)\\s*$',
      '(?:season|series|episode|ep)\\.? ?\\d+\\s*(?:,\\s*(?:episode|ep)\\.? ?\\d+)?\\s*$', '【?字体', '索引号', '主题分类', 'excerpt\\b', 'author\\s*$', 'notes\\s*$', 'more from\\b', 'related\\b',
      '分享', '扫一扫', '扫码', '打印', '纠错', '[大中小]字号', '字号', '点击(?:播报|查看|阅读|进入|上方|下方|关注|蓝字|在看)', '长按(?:识别|扫码|关注|二维码)', '关注我们', '返回(?:顶部|首页)', '收藏', '评论',
      '登录', '注册', '订阅', '(?:文章)?关键[词字]\\s*[:：]', '标签\\s*[:：]',
      // Share bars past the big networks, table-of-contents widgets, rating prompts, font-size
      // controls ("A A A", "Font: A+ A-"), podcast players and feeds, QR-code prompts.
      '(?:tumblr|pocket|reblog|pinterest|flipboard|threads|bluesky|mastodon|whatsapp|telegram|line|reddit|xing|vk|kakaotalk|viber)\\s*$', 'toggle\\s*$', 'table of contents\\s*$',
      'rate this\\b', 'font(?: size)?\\s*:?\\s*(?:a[+-]?\\s*)*$', '(?:a[+-]?\\s+){1,3}a[+-]?\\s*$', 'get (?:the|our) (?:rss|feed|app|newsletter|podcast)\\b',
      'play (?:episode|now|audio)\\b', 'listen now\\b', '(?:download|get) (?:the )?(?:mp3|audio|episode|transcript|pdf)\\b', 'full transcript\\s*$', 'show notes\\s*:?\\s*$',
      'scan (?:the|our|this) (?:qr|code)', 'enjoy(?:ed|ing)? (?:the|this|today\'s) (?:show|episode|podcast|post|newsletter)',
      'your contacts?\\b', '(?:key|our|main|local|press|further) contacts?\\s*:?\\s*$', 'contact (?:our|the) (?:team|authors?|editors?)\\b', 'for (?:media|press|further) (?:inquiries|enquiries|information)',
      '(?:upcoming|next|our next|free|live) webinars?\\s*:?\\s*$', 'save the date\\b',
      'play\\s*$', 'chapters\\s*:?\\s*$', 'timestamps\\s*:?\\s*$', 'in (?:today\'s|this week\'s|this) (?:brief|issue|edition|note|newsletter|e-?mail|episode)\\s*$',
      's\\d{1,2} ?e\\d{1,3}\\b', '[\\d.]+ ?[x×]\\s*$',
      'trouble (?:reading|viewing|seeing)\\b', 'open (?:the|this in|in) (?:web|your browser|browser)\\b',
      // A page's reading tools: the font-size picker, a player's embed button.
      '(?:font|text) size\\s*:', 'embed\\s*$',
      // A portal's break in a syndicated story, X's renamed share button, a form's field, a
      // press office's contact line, an article's end mark ("END", "(END)", "[END]").
      'story continues\\s*$', 'post\\s*$', '(?:my )?profile\\s*$', 'e-?mail address\\s*$', '(?:media|press) (?:inquiries|enquiries|contacts?)\\s*:', '[\\x5b\\x28]?end[\\x5d\\x29]?\\s*$',
      // Social posts, channels and reader apps: "Join Channel", "Gift this article", "Save as PDF",
      // "Replying to @…", "See new posts", "Post your reply", an engagement label on its own line.
      'join (?:the |this |our )?(?:channel|group|community|chat|conversation)\\b',
      // A sign-up box's head count: "Join 14,200 readers from industry …", "Join 50k+ subscribers".
      'join (?:over |more than )?[\\d,.]+[km]?\\+? (?:other )?(?:readers|subscribers|professionals|analysts|executives|investors|leaders|people)\\b', 'gift (?:this )?(?:article|story)\\b', 'save (?:this \\S+ |it )?as (?:a )?pdf\\b',
      'become (?:a )?premium\\b', '微博认证', 'see new posts\\b', 'post your reply\\b', 'replying to @', 'recommended (?:newsletters?|for you)\\b', 'sign up here\\b',
      'buy (?:us|me) a coffee\\b', 'pinned(?: post| tweet| message)?\\s*$', 'support us\\b', 'why you can trust\\b', 'views?\\s*$', 'relevant people\\s*$', 'trending (?:now|in \\S+)\\s*$', 'who to follow\\s*$', 'conversation\\s*$', 'bookmark\\s*$', 'unroll(?: thread)?\\s*$',
      // E-mail furniture in Chinese: view online, unsubscribe, read the original, WeChat's buttons.
      '(?:本?邮件|如|若)?[^，。]{0,6}(?:显示不正常|无法正常显示|显示异常)', '(?:点击)?在线(?:阅读|查看|浏览)', '在浏览器(?:中)?(?:查看|打开|阅读)',
      '点击(?:此处|这里)', '(?:阅读|查看)原文', '(?:听|收听)(?:新闻|全文|本文)\\s*$', '收录于(?:合集|话题)', '原创(?:\\s+[^\\s，。：]{1,20}){0,2}\\s*$', '语音播报', '朗读(?:全文|本文)?\\s*$', '退订', '取消订阅', '修改订阅', '转发给', '推荐给', '长按(?:识别)?', '识别(?:图中)?二维码',
      // WeChat's article page: the account card, the end buttons, the swipe hints.
      '公众号\\s*$', '\\d+篇原创内容', '微信扫一扫', '关注(?:该|此)?公众号', '(?:继续|向上)滑动看下一个', '轻触阅读原文', '预览时标签不可点', '往期(?:推荐|回顾|精选)',
    ].join('|'), 'i')).source +
    ')',
  'i', // no `u` flag needed (no \p classes; CJK here is all in the BMP), and faster without
);

/**
 * Counters and reading-time badges, one or several on a line: "42 Likes", "5 Restacks", "270k+
 * Journalists Opted In", "7 min", a post's "12 Replies 48 Reposts 310 Likes 27 Bookmarks", a
 * channel's "18.6K subscribers", a bare "8.1K".
 */
const COUNTER = /^(?:(?:over |more than )?[\d.,]+[kKmM]?\+?\s*(?:likes?|restacks?|comments?|shares?|views?|reads?|repl(?:y|ies)|reposts?|retweets?|quotes?|bookmarks?|reactions?|followers?|subscribers?|members?|photos?|videos?|files?|links?|min(?:ute)?s?(?: read| listen)?|journalists opted in)\s*[·•,]?\s*)+$|^[\d.,]*\d\s?[kKmM]$/i;
/** A row of reactions, an emoji and its count each: "👍 214  🔥 37  🤔 12". */
const REACTIONS = new RegExp(`^(?:${EMOJI_SOURCE}\\uFE0F?\\s*[\\d.,]+[kKmM]?\\s*){2,}$`);
/** A social account's handle alone on its line ("@cn_techpolicy"): the author line of a post or channel. */
const HANDLE = /^@[A-Za-z0-9_.]{2,30}$/;
/** A row of hashtags ("#AI #chips #exportcontrols"): a post's tags; or one with its count, a WeChat collection's ("#地方财政 19个"). */
const TAG_ROW = /^(?:#[^\s#]+[\s,]*){2,}$|^#[^\s#]+\s*\d+\s*[个篇]$/u;
/** A post's own time stamp: "edited 14:05", "Mar 4" (a month and day alone, no year: never a publication date we may use). */
const POST_STAMP = /^(?:edited(?: \d{1,2}:\d{2}(?: ?[ap]m)?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2})$/i;
const AT = 0x40;
const ARROW = 0x2192;
const HASH = 0x23;
const CARET = 0x5e;
const BAR = 0x7c;
const INDEX_SYMBOL = /^\^[A-Z0-9]{2,8}$/;
const CATEGORY_ROW = /^\|\s*[^|.!?]{1,80}$/u;
/** A post's age, as a social feed sets it: "3d • Edited •", "1w •", "5h". */
const POST_AGE = /^\d{1,2}(?:m|h|d|w|mo|yr?)(?: ago)?(?:\s*[•·]\s*(?:edited)?)*\s*$/i;
/** A reading time as one part of a short line of parts: "Client alert | 7 min read", "Analysis · 5 min read". */
const READING_TIME_PART = /(?:^|[|·•]\s*)\d{1,3}\s*(?:min(?:ute)?s?|分钟)\s*(?:read|listen|阅读)?\s*(?:[|·•]|$)/i;
/** (A cheap test before READING_TIME_PART, which every short line would be asked.) */
function mentionsMinutes(text: string): boolean {
  return text.includes('min') || text.includes('分钟');
}
/** A player's skip buttons: "-15s", "+30s". */
const SKIP_BUTTON = /^[+\-−]\d{1,3} ?s(?:ec)?$/;
/** A chart's time axis left as text: "Jan-24 Apr-24 Jul-24 Oct-24", "2021 2022 2023 2024" is BARE's. */
const MONTH_AXIS = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[-' ]?\d{2,4}\s+){2,}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[-' ]?\d{2,4}$/i;
/** A relative time stamp: "Updated 3 hours ago", "2 days ago". */
const RELATIVE_TIME = /^(?:(?:updated|published|posted|edited)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\.?$/i;
/** A release's reference number alone on its line: "SB0418", "PR-20260312". */
const REFERENCE = /^[A-Z]{1,4}[-/]?\d{4,8}$/;
/** A Chinese document's number alone on its line: "商务部公告2025年第47号", "国办发〔2025〕27号". */
const DOCUMENT_NUMBER = /^[\u3400-\u9fff]{1,16}(?:〔\d{4}〕|\[\d{4}\]|\d{4}年第)\s*\d{1,4}\s*号$/u;
/** A field of a Chinese page's record set in lenticular brackets: "【发布单位】安全与管制局", "【发文日期】2025年09月18日". */
const BRACKET_FIELD = /^【[\u3400-\u9fff]{2,6}】\s*[^。！？]{1,40}$/u;
/** An entry's own stamp, a clock time and no date: "Updated at 07:02 GMT", "Posted 10.42am". */
const ENTRY_STAMP = /^(?:(?:last )?updated|published|posted|edited)\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?$/i;
/** Bare numbers and separators ("42", "∙", "+2.85%", "[00:12:30]", "▶ 0:00 / 41:05"): counts, quotes, timestamps and players left without labels. */
const BARE = /^[\d\s∙·•|/.,:+%()[\]▶►-]*$/u;

/** Reader-facing notices found anywhere in a line (disclaimers, sign-ups, rights). */
export const NOTICE = new RegExp(
  [
    'views (?:expressed|are (?:my|their|the author\'?s) own)', 'opinions expressed', 'do(?:es)? not (?:necessarily )?(?:represent|reflect) (?:those|the views)',
    'all rights reserved', 'generated automatically', 'lightly edited', 'edited for (?:length|clarity)', 'rate and review',
    'subscribe (?:here|for free|now|to (?:the|our))', 'view (?:it|this (?:e-?mail|message)) (?:online|in (?:your )?browser)', 'safe senders',
    'referrals?,? only', 'does not constitute (?:legal|investment|financial) advice', 'should not be relied upon', 'for (?:general )?information(?:al)? purposes only',
    'is an independent (?:production|publication)', 'is the home for great', 'agree to (?:\\S+ )?terms', 'part of our series',
    'forward-looking statements?', 'safe harbou?r statement', 'th(?:is|e) (?:e-?mail|message|newsletter) was sent to', 'we and our (?:\\d+ )?partners',
    'store and(?:/or)? access information', '^sponsored\\b', '^advertisement\\b', '^partner content\\b', 'that\'s (?:all|it) for (?:this|today)',
    'that\'s today\'s', 'see you next (?:week|time)', 'until next (?:week|time)', 'you(?:\'re| are) (?:receiving|getting) this',
    'you received this (?:\\S+ )?because',
    '^in (?:today\'s|this week\'s|this) (?:brief|issue|edition|note|newsletter|e-?mail|episode)\\s*:',
    // Paywalls, referral programmes and "pass it on" appeals.
    'for (?:paid|paying) subscribers', 'already a (?:paid )?subscriber', '^(?:hundreds|thousands|tens of thousands) of (?:paid )?(?:subscribers|readers)$',
    'you currently have \\d+ referrals?', 'referral link', 'refer (?:\\d+|a) friends?', 'share (?:it|this(?: \\S+)?) with (?:a|your) (?:friends?|colleagues?)',
    'forward (?:it|this(?: \\S+)?) to (?:a|your) (?:friends?|colleagues?)', '^know someone who',
    // Sponsor reads, event promotions, advice disclaimers.
    'this (?:week\'s |month\'s |today\'s )?(?:episode|issue|newsletter|edition|e-?mail|podcast|show|note) (?:is|was) (?:brought to you|sponsored|supported|presented|made possible) by',
    '^upcoming (?:webinars?|events?|briefings?)\\s*:', 'register (?:here|now|today)\\.?$', 'early[- ]bird', 'get your tickets?\\b',
    '(?:is|are) not (?:legal|investment|financial|tax) advice', '(?:is|are) provided for (?:general )?information',
    // Pagination: "Next article: …", "← Previous Post: …", 上一篇：….
    '^[←«‹<\\s]*(?:next|previous|prev|older|newer) (?:article|post|story|episode|entry|item|page|chapter)s?\\s*[:：]', '^(?:上一篇|下一篇|上一条|下一条)',
    '请勿转载', '禁止转载', '不得转载', '谢绝转载', 'every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday)\\.?$',
    '^(?:a|an|your) (?:\\S+ ){0,4}(?:letter|newsletter|blog|podcast|digest|briefing|magazine|bulletin|show) (?:on|about|for|in)\\b',
    '^(?:a|an|your) (?:\\S+ ){0,2}(?:daily|weekly|fortnightly|monthly) ',
    '主办(?:单位)?\\s*[:：]', '运行维护', 'icp备', '网站标识码', '联系我们',
    'this (?:interview|article|post|piece) (?:is|was) (?:part of|first published|originally published|adapted)',
    '版权所有', '未经.{0,12}授权', '转载请注明', '分享让更多人', '本文来源', '免责声明',
    '仅代表(?:作者)?(?:本人|个人)?观点', '不构成(?:任何)?投资建议', '如有(?:疏漏|错漏)',
    // A sponsor's message set inside the text: "A MESSAGE FROM HARBOURLINE: Harbourline builds…".
    '^a (?:message|word) from [^:]{2,60}:',
    'download (?:our|the) (?:\\S+ )?app\\b', '立即下载', '尽在[^。，]{0,12}客户端', '(?:下载|打开)[^。，]{0,12}(?:客户端|app)',
    // A link's screen-reader note ("Trust Principles., opens new tab").
    'opens (?:in )?(?:a )?new (?:tab|window)',
    // A greeting that counts the words; thanks to the editors. (A reading time alone is
    // left to the date line it often ends: "Wed, March 12, 2025 · 3 min read".)
    '(?:newsletter|issue|edition|e-?mail)(?: is|\\s*:) [\\d,]+ words\\b', '[\\d,]+ words\\W{1,8}(?:an? )?[\\d½¼¾.]+[- ]?min', '^(?:thanks|thank you) to .{2,80} for (?:editing|copy[- ]?editing|fact[- ]checking|producing)\\b',
    // A Chinese account's or periodical's tagline: "专注数字经济规则与治理的研究型公众号".
    '^(?:专注|聚焦|致力于|关注)[^，。]{2,30}的[^，。]{0,6}(?:公众号|平台|周刊|周报|简报|通讯|播客|媒体)$',
    '您(?:之所以)?收到(?:此|这封|本)邮件', '如(?:您)?不(?:希望|想|愿)(?:再|继续)?收到', '仅供(?:会员|内部|读者)?(?:内部)?参考',
    // Legal and regulatory small print: advisers' "general guidance, not advice" notices,
    // research disclosures, company-register lines, the wire's hands-off notice on a portal.
    // (Each opens on a plain word, so the grouping below passes a line over cheaply.)
    'not (?:intended as|a substitute for) (?:legal |professional |investment |tax )?advice', 'not (?:provide|give|offer|constitute) (?:legal|investment|financial|tax|professional) advice',
    'may not be (?:forwarded|reproduced|redistributed|copied|shared)',
    '(?:html|web|online|browser) version\\b', 'plain[- ]text (?:edition|version)',
    '^(?:cite (?:as|this(?: \\S+)?)|suggested citation|how to cite(?: this(?: \\S+)?)?)\\s*:', '(?:did you find|was) this (?:\\S+ )?(?:useful|helpful)\\b',
    '(?:listener|reader|member|viewer)-supported', '(?:is|are) (?:sent|published|delivered|written|emailed) (?:out )?(?:every|each) (?:day|week|weekday|morning|fortnight|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b', 'automated transcript', 'auto-?generated transcript', '^(?:more|previous|past|recent|older) episodes\\s*:',
    'we(?:\'re| are|\'ll be| will be) back (?:tomorrow|next (?:week|time|month)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
    '^that\'s [^.]{1,40} for (?:today|tonight|this (?:week|episode)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b', 'become a (?:paid )?(?:member|subscriber|supporter|patron)\\b', 'bonus episodes',
    '^(?:up next|coming up next|next episode|next up)\\s*[:：]', '^(?:links?|resources|further reading)(?: mentioned| from (?:the|this) episode| in this episode)?\\s*:', 'take (?:specific|professional|independent) advice',
    'general (?:guidance|information) only', 'no liability (?:for|whatsoever)', 'no responsibility for (?:any )?(?:loss|errors|reliance|the content)', 'not an offer (?:or|to)', 'solicitation (?:of an offer )?to (?:buy|sell)',
    'intended for (?:professional|institutional|qualified|accredited) (?:investors|clients)', 'analyst certifications?', 'important disclosures',
    'registered (?:in|with) .{0,60}(?:under )?(?:company|registration) (?:number|no\\.?)', '^registered office\\s*:',
    'release distribution service', 'news distribution service', 'wire distribution service', 'editorial (?:staff|team|department) (?:was|were|is|are|had) not (?:involved|responsible)', 'not responsible for (?:the |its |their )?content',
    'not historical facts', 'forward-looking (?:information|and involve)',
    // Reader appeals and transcript notices of podcasts and blogs.
    'leave (?:us )?a (?:\\S+ )?(?:rating|review)', 'patreon', 'ad-free (?:episodes|listening)', 'transcri\\w* (?:produced |generated |made )?(?:with|by|using) (?:the help of )?(?:an? )?(?:speech[- ]recognition|automat|ai\\b|machine)',
    'transcri[a-z]*\\b.{0,80}(?:may|might|can) contain (?:errors|typos|inaccuracies|mistakes)', 'comment(?:s| form)? (?:is|are) (?:now )?closed',
    'subscribe to (?:this|our|the) (?:blog|site|newsletter|podcast|channel|list)', 'other subscribers$', 'bloggers like this',
    // A membership site's notices, left in the page as text: "Welcome back! You've successfully signed in."
    'you(?:\'ve| have) successfully (?:signed|logged|subscribed)', 'billing info(?:rmation)? (?:is |was )?update', 'your account is fully activated', 'complete checkout for',
    'prefer not to receive', 'wish not to receive', 'no longer (?:wish|want) to receive', 'opt[- ]out of (?:these|our|further|future) (?:communications|e-?mails|messages|mailings|updates|newsletters|notes)',
    '^(?:next|previous|prev)\\s*[:：]\\s*(?:ep(?:isode)?\\.?|#|no\\.|issue|part)\\s*\\d',
    // Sign-up appeals and paywalls; a newsletter's own schedule line; a reader app's appeals.
    '(?:turn on|enable) javascript', 'javascript (?:is )?(?:disabled|required)', 'official website of the (?:united states|u\\.s\\.) government', '^功能介绍\\s', 'upgrade to (?:continue|keep) reading', 'already (?:a member|a subscriber|have an account)\\?', 'to get the next (?:issue|edition|post|newsletter)\\b', 'register court\\b', 'amtsgericht\\b', 'managing directors?\\s*:', 'vat (?:id|no|number|reg)', 'registered (?:office|in england)\\b', 'means you(?:\'ve| have) safely connected', 'share sensitive information only on official', '\\.gov websites? (?:use|belongs)', 'websites use \\.gov\\b', 'government agency website\\b', '^how to identify\\b', '^secure websites use https', '^also read\\s*[|:]', 'here[\'’]s how you know', 'sign up here', 'sign up for (?:our|the|this) (?:\\S+ ){0,3}newsletter', '(?:delivered|sent|straight|directly) (?:\\S+ ){0,2}to your inbox',
    // A newsletter's sign-off and its advertisers' appeal: "… just hit reply.", "Want to sponsor X?".
    '\\bhit reply\\b', 'leave a comment below', '^(?:want|interested in|looking) to (?:sponsor|advertise)\\b', 'interested in (?:sponsoring|advertising)\\b', 'in your inbox (?:every|each)\\b', 'free portion of (?:this|the) (?:article|story)', 'for unlimited access', 'unlimited (?:digital )?access to (?:our|all)\\b', 'subscribe to (?:continue|keep) reading',
    '(?:^|\\. )published (?:every|each) (?:day|week|two weeks|other week|fortnight|month|weekday|morning)', 'not affiliated with', 'may be removed (?:at )?any ?time', 'help you today\\?', 'get the app and', 'chip in\\?',
  ].join('|'),
  // Without the `u` flag (none of it needs it): case-insensitive matching is much faster so.
  'i',
);
/** A short label, a colon, and a web address: "Chinese version: https://…". */
const LABELLED_URL = /^[^:：]{1,40}[:：]\s*(?:https?:\/\/|www\.)\S+$/i;
/** Calls to action inside a short line ("Enter your email Sign up"). */
const SHORT_CTA = /\b(?:sign up|subscribe|unsubscribe)\b/i;
/** Notices that run long (cookie banners, rights statements): tested on lines up to MAX_LONG_NOTICE_WORDS. */
export const LONG_NOTICE = /\b(?:we and our (?:\d+ )?partners|store and(?:\/or)? access information|(?:use|uses) cookies|all rights reserved|without (?:prior )?written (?:authori[sz]ation|permission|consent)|sign up here)\b|版权所有|未经.{0,12}授权/i;
/**
 * NOTICE or LONG_NOTICE, for the lines both are asked about: one pattern, its alternatives
 * grouped by first character (see groupedByFirstCharacter), fails a line in one scan, not two
 * (~135 → ~92 ms CPU over the 10,000-file corpus's short lines; NOTICE alone, ungrouped, ~145).
 */
const ANY_NOTICE = groupedByFirstCharacter(new RegExp(`${NOTICE.source}|${LONG_NOTICE.source}`, 'i'));
/** The longest line (in words) `uiFurniture` tests. */
const MAX_LONG_NOTICE_WORDS = 150;

/**
 * "[Audio player]", "[MUSIC]", "[Embedded video]": a bracketed label standing for what the copy
 * could not carry (a widget, a sound cue). (Bracketed numbers are list markers or footnotes.)
 */
const PLACEHOLDER = /^\[[A-Za-z][^\]\d:]{0,38}\]$/;
/** A logo's text standing in for it, with the name beside it: "[NECMA logo] National … Alliance". */
const LOGO = /^\[[^\]]{0,40}\b(?:logo|banner|header image)\]/i;

/**
 * A language picker: languages named in their own scripts ("中文", "Español", "Русский",
 * "عربي"; "简 | 繁 | EN"), alone or in a row. Why: sites offering several languages set the
 * choice at the top, and the names are the same on every such site.
 */
const LANGUAGE_PICKER = /^(?:(?:english|中文|简体中文|繁體中文|简体|繁體|繁体|español|français|русский|عربي|العربية|deutsch|日本語|한국어|português|italiano|tiếng việt|bahasa indonesia|ไทย|türkçe|en|zh|简|繁)(?:\s*[|/·•]\s*|\s+|$))+$/iu;

const CURLY_APOSTROPHE = /’/g;
/** A site's domain alone on its line, as reader apps and aggregators name the source: "economicstatecraft.eu". */
const DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,12}$/;
const BACK_ARROW = /^[←‹«]\s*\p{L}/u;
/** A line naming a file to download, its extension last: "附件：价格法修正草案（征求意见稿）.pdf". */
const FILE_LINK = /\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|wps|ofd)(?:\s*[(（][^()（）]{1,20}[)）])?$/i;
const MAX_FILE_LINK_CHARS = 160;

/** The UI kind of a line ("furniture:call-to-action", "furniture:notice"), or null. */
export function uiFurniture(text: string, words: number): string | null {
  // The patterns spell apostrophes straight; e-mails and CMSs set them curly ("That’s it for …").
  if (text.includes('’')) text = text.replace(CURLY_APOSTROPHE, "'");
  if (words <= MAX_CTA_WORDS) {
    if (text.length <= 60 && LANGUAGE_PICKER.test(text)) return 'furniture:language-picker';
    if (text.startsWith('[') && ((words <= 4 && PLACEHOLDER.test(text)) || LOGO.test(text))) return 'furniture:placeholder';
    if (text.endsWith('号') && DOCUMENT_NUMBER.test(text)) return 'furniture:counter';
    if (text.startsWith('【') && BRACKET_FIELD.test(text)) return 'furniture:record-field';
    if (COUNTER.test(text) || (BARE.test(text) && text.length <= 16) || RELATIVE_TIME.test(text) || ENTRY_STAMP.test(text) || (words === 1 && REFERENCE.test(text))) return 'furniture:counter';
    // (Asked only where the first character or the length allows: these run on every short line.)
    const first = text.charCodeAt(0);
    if ((first >= 0x2600 && REACTIONS.test(text)) || (words <= 2 && POST_STAMP.test(text)) || (words <= 4 && isPageNumber(text))) return 'furniture:counter';
    if ((words <= 8 && mentionsMinutes(text) && READING_TIME_PART.test(text)) || (first >= 0x30 && first <= 0x39 && POST_AGE.test(text)) || (words <= 1 && SKIP_BUTTON.test(text)) || (words >= 3 && MONTH_AXIS.test(text))) return 'furniture:counter';
    if (first === AT && HANDLE.test(text)) return 'furniture:handle';
    if (first === HASH && TAG_ROW.test(text)) return 'furniture:tags';
    // A ticker's symbol alone ("^SPX", "^HSI"), a category row after a bar ("| All, Japan, China").
    if (first === CARET && words === 1 && INDEX_SYMBOL.test(text)) return 'furniture:quote';
    if (first === BAR && CATEGORY_ROW.test(text)) return 'furniture:tags';
    if (words <= 1 && (isBareUrl(text) || (text.length <= 60 && DOMAIN.test(text)))) return 'furniture:url';
    // A link back, its arrow before it ("← Back to Saves", "‹ All posts").
    if (words <= 6 && BACK_ARROW.test(text)) return 'furniture:call-to-action';
    // A link under its label ("Chinese version: https://…", "Full report: www.…"): the address
    // is for a browser, and the label says only where it goes.
    if (words <= 6 && (text.includes(':') || text.includes('：')) && LABELLED_URL.test(text)) return 'furniture:url';
    if (CTA_START.test(text) || SHORT_CTA.test(text)) return 'furniture:call-to-action';
    // A link set as a button, its arrow after it ("Episode 88: What the plan says about tech →").
    if (text.charCodeAt(text.length - 1) === ARROW && words >= 2) return 'furniture:call-to-action';
  }
  // A link to a file: "附件：….pdf", "Download the full text (PDF, 1.2 MB)" is CTA_START's.
  if (text.length <= MAX_FILE_LINK_CHARS && FILE_LINK.test(text)) return 'furniture:attachment';
  if (words <= MAX_NOTICE_WORDS) return ANY_NOTICE.test(text) ? 'furniture:notice' : null;
  if (words <= MAX_LONG_NOTICE_WORDS && LONG_NOTICE.test(text)) return 'furniture:notice';
  return null;
}

/**
 * A field of a government page's information table ("索引号：…", "主题分类：…"): its numbers
 * hold a year, but it is never the header's dateline.
 */
export function isRecordField(text: string): boolean {
  return text.startsWith('索引号') || text.startsWith('主题分类') || (text.startsWith('【') && BRACKET_FIELD.test(text) && !/日期|时间/u.test(text.slice(0, 8)));
}

/**
 * A sponsor block's label: "Together with Harbourline FX", "PRESENTED BY", "A message from our
 * partner", "Sponsored by …", "In partnership with …", "From our sponsor". Short, no sentence end.
 */
const SPONSOR_LABEL = /^(?:[\uD83C-\uD83E][\uDC00-\uDFFF]\s*)?(?:(?:together with|presented by|sponsored by|in partnership with|brought to you by|supported by)\b|(?:a )?(?:message|word) from (?:our|this week's|today's) (?:partners?|sponsors?)$|a (?:message|word) from \S|(?:from )?(?:our|this week's|today's) (?:partners?|sponsors?)$)/i;

/**
 * A promotion of the publisher's own event: "UPCOMING WEBINAR", "Save the date", "Join us for
 * our next roundtable". Why: advisers' and chambers' mailings carry their webinar between the
 * stories and the contacts, under one of these labels, with its title, time and a button.
 * ("Upcoming events" stays: a chamber's list of events is content of its own.)
 */
const EVENT_PROMO_LABEL = /^(?:(?:upcoming|next|our next|free|live) webinars?\s*:?|save the date\b.{0,40}|join us (?:for|at|on|\s*[|:–-])\s*.{0,50}|members?[- ]only(?: events?| briefing)?\s*:?)$/i;

/** Whether a line labels the publisher's own event promotion (a block like a sponsor's). */
export function isEventPromoLabel(text: string): boolean {
  return text.length <= 70 && EVENT_PROMO_LABEL.test(text);
}

const MESSAGE_FROM = /^a (?:message|word) from /i;

/** Whether a line labels a sponsor block (six words at most, no sentence end). */
export function isSponsorLabel(text: string): boolean {
  if (text.length > 60 || /[.!?:。]$/u.test(text) || !SPONSOR_LABEL.test(text)) return false;
  // ("A MESSAGE FROM ALLIANCE FOR ADVANCED MANUFACTURING": the sponsor's name may be long.)
  return text.split(' ').length <= (MESSAGE_FROM.test(text) ? 10 : 6);
}
