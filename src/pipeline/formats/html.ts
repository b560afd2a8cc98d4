/**
 * Saved web pages (`.html`, `.htm`) and the HTML part of e-mails to the chain's input text.
 * Parsed with hast-util-from-html (parse5, the HTML standard's parsing, pure JS, synchronous);
 * nothing is executed. The main content is the page's `<article>` (the one with the most text),
 * else `<main>`, else the block of the body with the most paragraph text and the fewest links
 * (the boilerpipe/readability idea), with the headline's block above it; inside it, navigation,
 * asides, footers, share bars, related links and cookie banners are pruned by element, role and
 * class token, and counted by reason. Bylines and date lines go when the file states its date
 * elsewhere; masthead and kicker lines above the headline go too.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { decodeCharset } from './charset';
import { checkMarkup } from './guard';
import { statedInPage } from './html-meta';
import { hastToText, textOf, type Pruner } from './html-text';
import { chooseStatedTitle } from './title-choice';
import { countDropped, describeDropped, type ConvertResult } from './types';
import { NO_EXTRA_CUES, takeawayCueMatcher } from '../rules/takeaway-cues';

/** Page furniture by element. `header` only outside the article: inside, it holds the headline. */
const FURNITURE_TAGS: Record<string, string> = { nav: 'navigation', aside: 'aside', footer: 'page footer', dialog: 'dialog' };
const FURNITURE_ROLES: Record<string, string> = { navigation: 'navigation', banner: 'page header', contentinfo: 'page footer', complementary: 'aside', search: 'form or button', dialog: 'dialog' };
/**
 * Class or id tokens (split at spaces, `-` and `_`) that name furniture in most CMS and e-mail
 * themes: a token containing one of these ("jp-relatedposts", "sharedaddy", "subscription-widget",
 * "templateFooter") or equal to one of FURNITURE_WORDS ("sd-like").
 */
const FURNITURE_STEM = /share|sharing|social|related|recommend|cookie|consent|breadcrumb|sidebar|advert|promo|popup|modal|newsletter|subscri|signup|paywall|footer|^comments?$|^comment(?!ary)|^nav/;
const FURNITURE_WORDS = new Set(['like', 'likes', 'ad', 'ads', 'respond', 'disqus', 'toolbar', 'topbar', 'menu']);
/** Tokens of a byline or date line ("post-meta", "byline-meta-date", "read-time"). */
const BYLINE_WORDS = new Set(['byline', 'author', 'authors', 'meta', 'dateline', 'date', 'time', 'timestamp', 'published', 'posted', 'updated']);
/** Tokens of a kicker or category label over a headline ("CHINA / SOCIETY"). */
const KICKER_WORDS = new Set(['kicker', 'eyebrow', 'category', 'categories', 'overline', 'supertitle']);
/** `itemprop` values of a byline or date. */
const BYLINE_ITEMPROPS = /^(?:author|datePublished|dateModified|dateCreated)$/;
/** A byline or kicker is this short at most: a longer block with such a class is content. */
const MAX_BYLINE_WORDS = 40;
/** An element with more than this share of the content's text is a wrapper, never furniture. */
const MAX_FURNITURE_SHARE = 0.5;
/** Elements the class rule never prunes: their classes describe the whole page. */
const STRUCTURAL = new Set(['html', 'body', 'article', 'main']);

/** Converts a saved page's bytes. Never throws on markup; a page with no text is a rejection. */
export function convertHtml(bytes: Uint8Array): ConvertResult {
  const decoded = decodeCharset(stripBom(bytes), declaredCharset(bytes));
  const converted = convertMarkup(decoded.text, true);
  if (!converted.ok) return converted;
  if (decoded.note) converted.notes.unshift(decoded.note);
  return converted;
}

/** Converts markup already decoded to a string: a whole page (`page`) or an e-mail's HTML part. */
export function convertMarkup(html: string, page: boolean, options: { datedElsewhere?: boolean } = {}): ConvertResult {
  const tooMuch = checkMarkup(html);
  if (tooMuch) return { ok: false, reason: tooMuch };
  const tree = fromHtml(html);
  const dropped: Record<string, number> = {};
  const { content, where, keep } = page ? mainContent(tree) : { content: bodyOf(tree), where: 'the e-mail', keep: [] };
  const stated = page ? statedInPage(tree, content) : {};
  const dated = page ? stated.date !== undefined : options.datedElsewhere === true;
  let text = hastToText(content, dropped, furniture(content, new Set(keep), dated));
  // In an e-mail the forward's header block may still stand above the headline: the caller cuts
  // it first (unwrapForwards), then the masthead lines.
  if (page) text = dropAboveHeadline(text, dropped);
  if (text.trim() === '') {
    const what = describeDropped(dropped);
    return { ok: false, reason: `no readable text in the ${page ? 'page' : 'e-mail'}${what ? ` (only ${what})` : ''}` };
  }
  const notes = page ? [`saved page: main content taken from ${where}`] : [];
  if (page && stated.title) stated.title = chooseStatedTitle(stated.title, headlineOf(text), stated.publisher ? [stated.publisher] : []);
  return { ok: true, text, stated, notes, dropped };
}

/** The `<body>` (parse5 always makes one), else the whole tree. */
function bodyOf(tree: Root): Element | Root {
  const html = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
  return html?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'body') ?? tree;
}

/** Blocks above the headline this many at most are searched (a headline stands near the top). */
const MAX_BLOCKS_ABOVE_HEADLINE = 12;
/** A block above the headline with more words than this (or a sentence of 8+ words) is body text. */
const MAX_MASTHEAD_WORDS = 15;

/**
 * Masthead, kicker and "view in browser" lines above the body's headline (its first `# ` line)
 * are page furniture: the headline starts the article. Only when everything above it is short
 * and none is a sentence; lines stating a number (an issue, a date) stay for the header stage,
 * as do headings, items and quotes.
 */
export function dropAboveHeadline(text: string, dropped: Record<string, number>): string {
  const blocks = text.split('\n\n');
  const at = blocks.slice(0, MAX_BLOCKS_ABOVE_HEADLINE + 1).findIndex((block) => block.startsWith('# '));
  if (at <= 0) return text;
  const above = blocks.slice(0, at).flatMap((block) => block.split('\n'));
  if (above.some(isBodyLine)) return text;
  const kept = blocks.slice(0, at).map((block) => block.split('\n').filter((line) => {
    if (/\d/.test(line) || /^(?:#|- |> |\d+[.)] )/.test(line)) return true;
    countDropped(dropped, 'masthead or kicker above the headline');
    return false;
  }).join('\n')).filter(Boolean);
  return [...kept, ...blocks.slice(at)].join('\n\n');
}

function isBodyLine(line: string): boolean {
  const words = line.split(/\s+/).length;
  const cjk = (line.match(/\p{Script=Han}/gu) ?? []).length;
  const size = words + cjk / 2;
  return size > MAX_MASTHEAD_WORDS || (size >= 8 && /[.。!！]["”’)]?$/u.test(line));
}

/** The first level-one heading of converted text: the body's headline. */
export function headlineOf(text: string): string | null {
  const match = /^# (.+)$/m.exec(text);
  return match ? match[1]!.trim() : null;
}

/**
 * The element holding the article: the `<article>` with most text, else `<main>`, else the
 * densest block of the body (with the headline's block when that stands outside it), else the body.
 * `keep`: elements the pruner must not prune (the parts of a content root made of two blocks).
 */
function mainContent(tree: Root): { content: Element | Root; where: string; keep: Element[] } {
  // Outermost articles only: one nested in another (a related-post card) is not a candidate.
  const articles: Element[] = [];
  let main: Element | null = null;
  let body: Element | null = null;
  const stack: [Element | Root, boolean][] = [[tree, false]];
  while (stack.length > 0) {
    const [node, inArticle] = stack.pop()!;
    const isArticle = node.type === 'element' && node.tagName === 'article';
    if (node.type === 'element') {
      if (isArticle && !inArticle) articles.push(node);
      else if (main === null && (node.tagName === 'main' || node.properties.role === 'main')) main = node;
      else if (node.tagName === 'body') body = node;
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) {
      const child = node.children[i]!;
      if (child.type === 'element') stack.push([child, inArticle || isArticle]);
    }
  }
  if (articles.length > 0) {
    const best = articles.reduce((a, b) => (textOf(b).length > textOf(a).length ? b : a));
    return { content: best, where: articles.length > 1 ? `the longest of ${articles.length} <article> elements` : 'its <article>', keep: [] };
  }
  if (main) return { content: main, where: '<main>', keep: [] };
  const dense = body ? densestBlock(body) : null;
  if (dense) return dense;
  return { content: body ?? tree, where: 'the whole <body> (no <article> or <main>)', keep: [] };
}

/** A paragraph this long at least counts towards its container's score (shorter: a link, a label). */
const MIN_PARAGRAPH_CHARS = 25;
/** The densest block must hold this share of the body's paragraph text, else the body is kept. */
const MIN_DENSE_SHARE = 0.5;
/** Elements whose text is a paragraph of the article. */
const PARAGRAPHS = new Set(['p', 'pre', 'blockquote', 'li', 'td']);

/**
 * The container with the most paragraph text, discounted by its link density (readability's
 * scoring: each paragraph scores its parent fully and its grandparent half), plus the block
 * holding the page's first `<h1>` when that stands outside it (a headline over the text column).
 * Null when no block stands out (the body is then kept whole).
 */
function densestBlock(body: Element): { content: Element | Root; where: string; keep: Element[] } | null {
  const parent = new Map<Element, Element>();
  const chars = new Map<Element, number>();
  const linkChars = new Map<Element, number>();
  const score = new Map<Element, number>();
  let headline: Element | null = null;
  let total = 0;
  // Post-order, iteratively: text and link lengths summed up the tree.
  const order: Element[] = [];
  const stack: Element[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    if (headline === null && node.tagName === 'h1') headline = node;
    // Children pushed last to first: `order` is document order (pre-order).
    for (let i = node.children.length - 1; i >= 0; i -= 1) {
      const child = node.children[i]!;
      if (child.type !== 'element' || SKIPPED_IN_SCORE.has(child.tagName)) continue;
      parent.set(child, node);
      stack.push(child);
    }
  }
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const node = order[i]!;
    let own = 0;
    let links = 0;
    for (const child of node.children) {
      if (child.type === 'text') own += child.value.trim().length;
      else if (child.type === 'element' && chars.has(child)) {
        own += chars.get(child)!;
        links += child.tagName === 'a' ? chars.get(child)! : linkChars.get(child)!;
      }
    }
    chars.set(node, own);
    linkChars.set(node, links);
  }
  for (const node of order) {
    if (!PARAGRAPHS.has(node.tagName)) continue;
    const length = chars.get(node)! - linkChars.get(node)!;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    total += length;
    const up = parent.get(node);
    if (up) score.set(up, (score.get(up) ?? 0) + length);
    const upper = up ? parent.get(up) : undefined;
    if (upper) score.set(upper, (score.get(upper) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [node, raw] of score) {
    const density = linkChars.get(node)! / Math.max(1, chars.get(node)!);
    const value = raw * (1 - density);
    if (value > bestScore) [best, bestScore] = [node, value];
  }
  if (best === null || best === body || total === 0) return null;
  // The paragraphs the block itself holds: too few of the page's, and it is one column of many.
  let held = 0;
  for (const node of order) {
    const length = chars.get(node)! - linkChars.get(node)!;
    if (PARAGRAPHS.has(node.tagName) && length >= MIN_PARAGRAPH_CHARS && contains(best, node, parent)) held += length;
  }
  if (held < total * MIN_DENSE_SHARE) return null;
  const where = `its densest block of text, <${best.tagName}${classNote(best)}> (no <article> or <main>)`;
  if (headline === null || contains(best, headline, parent)) return { content: best, where, keep: [] };
  // The headline's block and what stands between it and the text (a byline, a date line): the
  // children of the two's common ancestor from the headline's branch to the text's.
  let top: Element = headline;
  while (parent.has(top) && !contains(parent.get(top)!, best, parent)) top = parent.get(top)!;
  const common = parent.get(top);
  if (!common) return { content: best, where, keep: [] };
  let branch: Element = best;
  while (parent.get(branch) !== common) branch = parent.get(branch)!;
  const siblings = common.children.filter((c): c is Element => c.type === 'element');
  const [from, to] = [siblings.indexOf(top), siblings.indexOf(branch)].sort((a, b) => a - b) as [number, number];
  const parts = siblings.slice(from, to + 1).map((part) => (part === branch ? best : part));
  return { content: { type: 'root', children: parts }, where: `${where}, with the headline above it`, keep: parts };
}

/** Elements whose text never counts towards a block's score. */
const SKIPPED_IN_SCORE = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'svg', 'head']);

/** Whether `ancestor` is `node` or holds it. */
function contains(ancestor: Element, node: Element, parent: Map<Element, Element>): boolean {
  for (let at: Element | undefined = node; at; at = parent.get(at)) if (at === ancestor) return true;
  return false;
}

function classNote(element: Element): string {
  const names = [element.properties.className].flat().filter((n) => typeof n === 'string');
  return names.length > 0 ? ` class="${names.join(' ')}"` : '';
}

/**
 * The pruner for one content root: furniture tags, roles and class tokens; page headers outside
 * it; kickers; bylines and date lines when the file states its date elsewhere (`dated`). An
 * element holding most of the content's text is a wrapper and never pruned by its class.
 */
function furniture(content: Element | Root, keep: Set<Element>, dated: boolean): Pruner {
  const inArticle = content.type === 'element' && content.tagName === 'article';
  let total = -1;
  const isWrapper = (element: Element) => {
    if (total < 0) total = textOf(content).length;
    return textOf(element).length > total * MAX_FURNITURE_SHARE;
  };
  const judge = (element: Element): string | null => {
    const tag = FURNITURE_TAGS[element.tagName];
    if (tag) return tag;
    if (element.tagName === 'header' && !inArticle) return 'page header';
    const role = typeof element.properties.role === 'string' ? FURNITURE_ROLES[element.properties.role] : undefined;
    if (role) return role;
    if (STRUCTURAL.has(element.tagName)) return null;
    const tokens = classTokens(element);
    const itemprop = String(element.properties.itemProp ?? '');
    if (tokens.length === 0 && !itemprop) return null;
    if (tokens.some((t) => FURNITURE_WORDS.has(t) || FURNITURE_STEM.test(t)) && !isWrapper(element)) return 'share, related or banner block';
    const kicker = tokens.some((t) => KICKER_WORDS.has(t));
    const byline = dated && (tokens.some((t) => BYLINE_WORDS.has(t)) || BYLINE_ITEMPROPS.test(itemprop));
    if ((kicker || byline) && !/^h[1-3]$/.test(element.tagName) && isShort(element) && !isWrapper(element)) return kicker ? 'kicker or category label' : 'byline or date line';
    return null;
  };
  // Asked only of what would be pruned: most elements never pay for the label search.
  return (element) => {
    if (keep.has(element)) return null;
    const verdict = judge(element);
    return verdict !== null && opensWithTakeawayLabel(element) ? null : verdict;
  };
}

const takeawayLabel = takeawayCueMatcher(NO_EXTRA_CUES);
/** Tags whose text may be a box's label ("<h2>Key findings</h2>", "<p><strong>Bottom line</strong></p>"). */
const LABEL_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'strong', 'b', 'div', 'span', 'header', 'dt', 'summary']);

/**
 * A box that opens with a takeaway label ("Key findings", "Bottom line", 要点) is the writer's
 * conclusions set apart, not furniture, even as an `<aside>` or in a "sidebar" class.
 */
function opensWithTakeawayLabel(element: Element): boolean {
  const label = firstLabel(element, 0);
  return label !== null && takeawayLabel(label)?.inline === null;
}

/** A label is this short; longer text is the box's content. */
const MAX_LABEL_CHARS = 40;

/** The text of the first labelled descendant that has any text (a few levels down at most). */
function firstLabel(element: Element, depth: number): string | null {
  for (const child of element.children) {
    if (child.type === 'text') {
      if (child.value.trim()) return child.value.trim();
      continue;
    }
    if (child.type !== 'element') continue;
    // Read only as far as a label can go: a deep or long box is not walked to its end.
    const text = textUpTo(child, MAX_LABEL_CHARS + 1).trim();
    if (!text) continue;
    if (!LABEL_TAGS.has(child.tagName) || depth >= 4) return null;
    return text.length <= MAX_LABEL_CHARS ? text : firstLabel(child, depth + 1);
  }
  return null;
}

/** The start of an element's text, at least `limit` characters of it when it has that many. */
function textUpTo(node: Element, limit: number, depth = 0): string {
  let text = '';
  for (const child of node.children) {
    if (text.length >= limit || depth > 50) break;
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') text += textUpTo(child, limit - text.length, depth + 1);
  }
  return text;
}

/** Class and id tokens, lower case, split at spaces, `-` and `_`. */
function classTokens(element: Element): string[] {
  const names = [element.properties.className, element.properties.id].flat().filter((n): n is string => typeof n === 'string');
  return names.length === 0 ? [] : names.join(' ').toLowerCase().split(/[\s_-]+/).filter(Boolean);
}

/** Short and not a sentence: a byline or label, not an author's bio or a note. */
function isShort(element: Element): boolean {
  const text = textOf(element).trim();
  return text.length <= MAX_BYLINE_WORDS * 8 && text.split(/\s+/).length <= MAX_BYLINE_WORDS && !/[.!。！]["”’)]?$/u.test(text);
}

/** The charset a page declares in its first 2 KB (`<meta charset>` or `http-equiv`), if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
}

function stripBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}
