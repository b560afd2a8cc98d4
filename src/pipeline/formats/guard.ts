/**
 * Work caps checked on the markup before it is parsed. The HTML parser and the tree walk are
 * recursive and linear in the element count: 10,000 nested `div`s overflow the stack, and 10 MB
 * of empty `div`s takes seconds. A cheap scan of the tags rejects such files up front, so every
 * page costs a bounded amount of work (the per-file time budget, in effect).
 */

/** More elements than any article or newsletter carries (large pages have a few thousand). */
export const MAX_ELEMENTS = 30_000;
/** Deeper nesting than any real layout (e-mail tables nest 20–30 deep). */
export const MAX_DEPTH = 400;

/** Elements whose end tag may be left out: an estimate that counted them would see false depth. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body']);
/** Elements that never have content. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/**
 * Null when `html` is within the caps, else the rejection reason. The depth is an estimate
 * (tags inside scripts count too), erring towards accepting ordinary pages.
 */
export function checkMarkup(html: string): string | null {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (match[1]) {
      if (!OPTIONAL_END.has(name) && !VOID.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    elements += 1;
    if (elements > MAX_ELEMENTS) return `markup has more than ${MAX_ELEMENTS.toLocaleString('en')} elements: generated or padded markup, not an article (not parsed)`;
    if (match[3] || VOID.has(name) || OPTIONAL_END.has(name)) continue;
    depth += 1;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) return `markup nests more than ${MAX_DEPTH} elements deep: not an article (not parsed)`;
  }
  return null;
}
