/**
 * A hast tree to the chain's input text: one block a line, blocks apart by a blank line (so the
 * units stage never joins two of them as hard-wrapped prose), `#` headings, `- ` / `1. ` items,
 * `> ` quotes, table rows as `a | b` lines. Scripts, styles, forms, frames, hidden elements and
 * images are never rendered; each is counted by reason.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { countDropped } from './types';

/** Elements never rendered, with the reason they are counted under. */
const SKIPPED: Record<string, string> = {
  script: 'script or style', style: 'script or style', noscript: 'script or style', template: 'script or style',
  iframe: 'embedded frame', object: 'embedded frame', embed: 'embedded frame', frame: 'embedded frame',
  svg: 'graphic', canvas: 'graphic', img: 'image', picture: 'image', video: 'media', audio: 'media',
  form: 'form or button', button: 'form or button', input: 'form or button', select: 'form or button', textarea: 'form or button',
  head: 'document head', link: 'document head', meta: 'document head', title: 'document head',
};
/** Elements that start and end a block of their own. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'body', 'html', 'center', 'address',
  'figure', 'figcaption', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'tfoot', 'caption', 'hr', 'pre', 'details', 'summary',
]);
const HEADING = /^h([1-6])$/;
/** A paragraph in bold alone is how e-mail templates mark a section heading: this long at most. */
const MAX_BOLD_HEADING_WORDS = 14;
/** A heading element longer than this is a standfirst or a paragraph set large. */
const MAX_HEADING_WORDS = 25;

/** A predicate the page converter uses to prune furniture (navigation, share bars…); returns the reason or null. */
export type Pruner = (element: Element) => string | null;

/** Renders `node` (a root or an element) as the chain's input text, counting what it leaves out. */
export function hastToText(node: Root | Element, dropped: Record<string, number>, prune: Pruner = () => null): string {
  const blocks: string[] = [];
  let buffer = '';
  const flush = () => {
    const lines = buffer.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (lines.length > 0) blocks.push(lines.join('\n'));
    buffer = '';
  };
  const inline = (element: Element): string => {
    const saved = buffer;
    buffer = '';
    element.children.forEach(walk);
    const text = buffer.replace(/\s+/g, ' ').trim();
    buffer = saved;
    return text;
  };
  const walk = (child: RootContent | ElementContent): void => {
    if (child.type === 'text') buffer += child.value;
    if (child.type !== 'element') return;
    const name = child.tagName;
    const skipped = SKIPPED[name] ?? (isHidden(child) ? 'hidden element' : null) ?? prune(child);
    if (skipped) return countDropped(dropped, skipped);
    if (name === 'br') {
      buffer += '\n';
      return;
    }
    const level = HEADING.exec(name)?.[1];
    if (level) {
      flush();
      const text = inline(child);
      // A "heading" that reads as a sentence is a standfirst set in a heading's type (Substack's
      // subtitle is an h3): it goes on as a paragraph, for the header stage to judge.
      if (text) blocks.push(isSentence(text) ? text : `${'#'.repeat(Number(level))} ${text}`);
      return;
    }
    if (name === 'ul' || name === 'ol') return list(child);
    if (name === 'blockquote' && isCitedMessage(child)) {
      // A forwarded or cited message (Apple Mail's `<blockquote type="cite">`) is the content
      // itself, not a pull quote: its headings and lists stay what they are.
      flush();
      child.children.forEach(walk);
      flush();
      return;
    }
    if (name === 'blockquote') {
      flush();
      const inner = hastToText(child, dropped, prune);
      if (inner) blocks.push(...inner.split('\n\n').map((block) => block.split('\n').map((line) => `> ${line}`).join('\n')));
      return;
    }
    if (name === 'table' && isDataTable(child)) return table(child);
    if (name === 'figure' && hasImage(child)) {
      // The image is never rendered, so its caption would describe nothing the reader sees.
      flush();
      for (const part of child.children) {
        if (part.type === 'element' && part.tagName === 'figcaption') countDropped(dropped, 'image caption');
        else walk(part);
      }
      flush();
      return;
    }
    if (name === 'p' && isBoldOnly(child)) {
      flush();
      blocks.push(`### ${inline(child)}`);
      return;
    }
    if (!BLOCK.has(name)) return child.children.forEach(walk);
    flush();
    child.children.forEach(walk);
    flush();
  };
  const list = (element: Element) => {
    flush();
    // One block for the whole list: items stay on consecutive lines, as a pasted list does.
    const items: string[] = [];
    let n = 0;
    for (const item of element.children) {
      if (item.type !== 'element') continue;
      if (item.tagName !== 'li') {
        walk(item);
        continue;
      }
      n += 1;
      const nested = item.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol'));
      const text = inline({ ...item, children: item.children.filter((c) => !nested.includes(c as Element)) });
      if (text) items.push(`${element.tagName === 'ol' ? `${n}.` : '-'} ${text}`);
      if (nested.length > 0) {
        if (items.length > 0) blocks.push(items.splice(0).join('\n'));
        nested.forEach(list);
      }
    }
    if (items.length > 0) blocks.push(items.join('\n'));
  };
  const table = (element: Element) => {
    flush();
    for (const row of descendants(element, 'tr')) {
      const cells = row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).map(inline).filter(Boolean);
      if (cells.length > 0) blocks.push(cells.join(' | '));
    }
  };
  (node.type === 'root' ? node.children : node.children).forEach(walk);
  flush();
  return blocks.join('\n\n');
}

/**
 * Ends like a sentence, or is too long for a heading. A question mark does not count: "Will it
 * move the birth rate?" is a common way to title a section, and a heading element says so.
 */
function isSentence(text: string): boolean {
  return /[.!。！]["”’)]?$/u.test(text) || text.split(' ').length > MAX_HEADING_WORDS;
}

/** Marks a forward's header block ("Begin forwarded message:", "From: …"), near a quote's start. */
const FORWARD_MARK = /(?:forwarded message|original message|begin forwarded|转发的邮件|原始邮件)|(?:^|\n)\s*(?:from|发件人)\s*[:：]/iu;
/** How far into a cited block its forward header may start (a line or two of the forwarder's note). */
const FORWARD_MARK_WITHIN = 400;

/** A `<blockquote>` that holds a forwarded or cited message (`type="cite"` with a forward header in it). */
function isCitedMessage(element: Element): boolean {
  const kind = String(element.properties.type ?? '').toLowerCase();
  const classes = [element.properties.className].flat().join(' ');
  if (kind !== 'cite' && !/gmail_quote|moz-cite|yahoo_quoted/i.test(classes)) return false;
  return FORWARD_MARK.test(leadingText(element, FORWARD_MARK_WITHIN));
}

/**
 * The first `limit` characters of an element's text, a line break at every `br` and block
 * start (enough to see where a header line starts). Stops early: nested quotes stay linear.
 */
function leadingText(element: Element, limit: number): string {
  let text = '';
  const stack: ElementContent[] = [...element.children].reverse();
  while (stack.length > 0 && text.length < limit) {
    const node = stack.pop()!;
    if (node.type === 'text') text += node.value;
    if (node.type !== 'element') continue;
    if (node.tagName === 'br' || BLOCK.has(node.tagName)) text += '\n';
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return text.slice(0, limit);
}

/** A figure whose media is an image (its caption goes with it). */
function hasImage(figure: Element): boolean {
  return figure.children.some((c) => c.type === 'element' && (c.tagName === 'img' || c.tagName === 'picture' || ((c.tagName === 'a' || c.tagName === 'div' || c.tagName === 'span') && hasImage(c))));
}

/** Hidden from readers: `hidden`, `aria-hidden`, or an inline style that hides it (e-mail preheaders). */
function isHidden(element: Element): boolean {
  const p = element.properties;
  if (p.hidden === true || String(p.ariaHidden) === 'true') return true;
  const style = typeof p.style === 'string' ? p.style.replace(/\s+/g, '').toLowerCase() : '';
  return style.includes('display:none') || style.includes('visibility:hidden') || style.includes('mso-hide:all');
}

/** A table of data (cells of inline text) rather than an e-mail's layout grid. */
function isDataTable(table: Element): boolean {
  const cells = [...descendants(table, 'td'), ...descendants(table, 'th')];
  return cells.length > 1 && cells.every((cell) => !hasBlock(cell));
}

function hasBlock(element: Element): boolean {
  return element.children.some((c) => c.type === 'element' && (BLOCK.has(c.tagName) || HEADING.test(c.tagName) || c.tagName === 'ul' || c.tagName === 'ol' || hasBlock(c)));
}

/** A paragraph whose text is all inside one `strong`/`b`, short and without a sentence end. */
function isBoldOnly(p: Element): boolean {
  const meaningful = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (meaningful.length !== 1) return false;
  const only = meaningful[0]!;
  if (only.type !== 'element' || (only.tagName !== 'strong' && only.tagName !== 'b')) return false;
  const text = textOf(only).replace(/\s+/g, ' ').trim();
  return text !== '' && text.split(' ').length <= MAX_BOLD_HEADING_WORDS && !/[.:!?;,]$/.test(text);
}

/** Plain text of an element (no rendering rules). */
export function textOf(node: Element | Root): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

/** Descendant elements named `tagName`, in document order, not entering nested tables' own rows twice. */
function* descendants(element: Element, tagName: string): Generator<Element> {
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) yield child;
    else yield* descendants(child, tagName);
  }
}
