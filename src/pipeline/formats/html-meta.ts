/**
 * Metadata a saved page states in its markup: `og:title`, JSON-LD `headline`, `<title>`;
 * `article:published_time`, JSON-LD `datePublished`, `<time datetime>`; JSON-LD `publisher`,
 * `og:site_name`. Read, never inferred: a page that states none gets none.
 */
import type { Element, Root } from 'hast';
import { parseDate } from '../text/dates';
import { textOf } from './html-text';
import type { StatedMetadata } from './types';

/** Largest JSON-LD block read (bytes of text): a bound on work for a hostile page. */
const MAX_JSON_LD = 200_000;
/** A title suffix after " | " or " - " this short is a site name ("… | Reuters"). */
const MAX_SITE_WORDS = 5;

/** What the page states about itself; `content` is the element whose `<time>` counts. */
export function statedInPage(tree: Root, content: Element | Root): StatedMetadata {
  const meta = new Map<string, string>();
  const ld: Record<string, unknown>[] = [];
  let title: string | null = null;
  visit(tree, (element) => {
    if (element.tagName === 'meta') {
      const key = String(element.properties.property ?? element.properties.name ?? '').toLowerCase();
      const value = element.properties.content;
      if (key && typeof value === 'string' && value.trim() && !meta.has(key)) meta.set(key, value.trim());
    } else if (element.tagName === 'title' && title === null) {
      title = textOf(element).replace(/\s+/g, ' ').trim() || null;
    } else if (element.tagName === 'script' && element.properties.type === 'application/ld+json') {
      ld.push(...jsonLdObjects(textOf(element)));
    }
  });
  const site = meta.get('og:site_name') ?? null;
  const article = ld.find((o) => typeof o.datePublished === 'string' || typeof o.headline === 'string' || o.publisher !== undefined) ?? {};
  const headline = firstString(meta.get('og:title'), article.headline, title ? cutSiteName(title, site) : null);
  const stamped = [meta.get('article:published_time'), article.datePublished].map(isoDay).find((d) => d !== null) ?? null;
  const shown = isoDay(firstTimeIn(content));
  // A timestamp in UTC a day off the page's own <time> (written in the site's zone,
  // "2025-03-13T06:00:00+11:00" against "2025-03-12T19:00:00+00:00"): the day the page shows.
  const date = stamped !== null && shown !== null && Math.abs(Date.parse(stamped) - Date.parse(shown)) === DAY ? shown : stamped ?? shown;
  const publisher = firstString(nameOf(article.publisher), nameOf(ld.find((o) => o['@type'] === 'Organization' || o['@type'] === 'NewsMediaOrganization')), site);
  return {
    ...(headline ? { title: headline } : {}),
    ...(date ? { date } : {}),
    ...(publisher ? { publisher } : {}),
  };
}

/** A title's tail segment: " | Site", " - Site", "--Site" and "_Site" (Chinese portals: "…--时政--人民网", "…_新华网"). */
const TAIL = /^(.+?)(?:\s+[|\-–—]\s+|\s*(?:--|——|_)\s*)([^|\-–—_]+?)\s*$/u;
/** A CJK site or section name is this many characters at most ("人民网", "时政"). */
const MAX_SITE_CJK = 8;

/**
 * "Title | Site" → "Title" when the tail is the site's name or short enough to be one; tail
 * segments are cut one by one ("Title--Section--Site" → "Title").
 */
export function cutSiteName(title: string, site: string | null): string {
  let rest = title;
  for (let match = TAIL.exec(rest); match; match = TAIL.exec(rest)) {
    const tail = match[2]!.trim();
    const cjk = /\p{Script=Han}/u.test(tail) && !/\s/.test(tail);
    const short = cjk ? tail.length <= MAX_SITE_CJK : tail.split(/\s+/).length <= MAX_SITE_WORDS;
    if (!((site && tail.toLowerCase() === site.toLowerCase()) || short)) break;
    rest = match[1]!.trim();
    // Only Chinese portals chain their section and site names; elsewhere one tail is the site.
    if (!cjk) break;
  }
  return rest;
}

/** The day as written in an ISO timestamp ("2024-11-19T08:00:00+08:00" → 2024-11-19), not shifted to UTC. */
const DAY = 86_400_000;

function isoDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  return day ? parseDate(day) : null;
}

function firstTimeIn(content: Element | Root): string | null {
  let found: string | null = null;
  visit(content, (element) => {
    const datetime = element.properties.dateTime;
    if (found === null && element.tagName === 'time' && typeof datetime === 'string') found = datetime;
  });
  return found;
}

function jsonLdObjects(text: string): Record<string, unknown>[] {
  if (text.length > MAX_JSON_LD) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const out: Record<string, unknown>[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      out.push(value as Record<string, unknown>);
      const graph = (value as Record<string, unknown>)['@graph'];
      if (graph) add(graph);
    }
  };
  add(data);
  return out;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name;
  return null;
}

function firstString(...values: unknown[]): string | null {
  for (const value of values) if (typeof value === 'string' && value.trim()) return value.replace(/\s+/g, ' ').trim();
  return null;
}

/** Calls `fn` on every element under `node`, iteratively (the markup guard bounds the count). */
export function visit(node: Element | Root, fn: (element: Element) => void): void {
  const stack: (Element | Root)[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'element') fn(current);
    for (let i = current.children.length - 1; i >= 0; i -= 1) {
      const child = current.children[i]!;
      if (child.type === 'element') stack.push(child);
    }
  }
}
