/**
 * Does a title or heading look like page furniture rather than the briefing's own words? A
 * second opinion for the maintainer's report, independent of the rules that chose the line:
 * when it says yes, the extraction probably went wrong and a person should look. It judges the
 * line's shape and UI vocabulary (English and Chinese), never one site's wording.
 */
export function furnitureReason(text: string): string | null {
  const line = text.trim();
  if (line.length === 0) return 'empty';
  for (const [pattern, reason] of SHAPES) if (pattern.test(line)) return reason;
  return null;
}

/** Longer than any headline: a paragraph taken as a title or heading. */
export const MAX_HEADLINE_CHARS = 200;

const SHAPES: [RegExp, string][] = [
  [/^(from|to|cc|bcc|subject|date|sent|reply-to|content-type|content-transfer-encoding|mime-version)\s*:/i, 'an e-mail header'],
  [/^(subscribe|unsubscribe|sign (in|up)|log ?in|register|download|listen|watch|read (more|in app|the full|online)|view (this|it|in|online|as)|web version|click|tap|forward(ed)?( this| to)|share( on| this| -|$)|follow( us)?|continue reading|get the app|skip to|back to (the )?top|print|email this|comments?\b|advertis|accept( all)?|we (use|value) (cookies|your privacy))/i, 'a call to action or UI label'],
  [/^(home|menu|search|top|close|more|related( news| articles| stories| posts| content)?|most (read|viewed|popular)( in .*)?|recommended( articles| for you)?|tags?|topics?|newsletters?|latest|trending)\s*:?$/i, 'a UI label'],
  [/^[(（[]?\s*(editor|责任编辑|编辑|记者)\s*[:：]/i, 'an editor credit'],
  [/(首页|分享到|打印|纠错|字号|相关(新闻|稿件|阅读|报道)|责任编辑|版权所有|点击(播报|查看|阅读)|扫码|关注我们|返回顶部|来源[:：])/, 'a Chinese UI label or credit'],
  [/^(by|written by|words by|editor|editors?:|reporting by|photo( by)?|image( by)?|credit|source)\b[\s:：]/i, 'a byline, credit or caption'],
  [/^(©|\(c\)|copyright\b)/i, 'a copyright line'],
  [/https?:\/\/|\bwww\.[a-z0-9-]+\.|[\w.+-]+@[\w-]+\.[\w.]+/i, 'an address or link'],
  [/^([^|>/·»]{1,30}\s*(\||>|»|·|\/|>>)\s*){2,}[^|>/·»]{0,30}$/, 'a link list or breadcrumb'],
  [/^[\d\s:./,\-–年月日时分+gmtuc]+$/i, 'a date or time only'],
  [new RegExp(`^.{${MAX_HEADLINE_CHARS + 1},}$`, 's'), 'a whole paragraph'],
];
