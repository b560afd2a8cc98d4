/**
 * A full `astro build` of the hostile corpus: it succeeds and prints every problem, each case
 * ends where it should, and no markup from any input reaches a page. Checked on the parsed
 * HTML (not by grepping): every element, attribute and URL scheme in every page is one the
 * templates make, and the pasted markup is there as text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../src/schema';
import { HOSTILE_CASES, writeHostileCorpus } from '../helpers/hostile-corpus';
import { buildSiteWithLog } from '../helpers/site';

/** Every element the templates and the block renderer write. Anything else came from input. */
const TEMPLATE_ELEMENTS = new Set([
  'html', 'head', 'body', 'meta', 'title', 'link', 'script', 'header', 'nav', 'main', 'footer', 'article', 'section', 'aside',
  'div', 'span', 'p', 'a', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'blockquote',
  'time', 'form', 'label', 'input', 'button', 'select', 'option', 'details', 'summary', 'strong', 'em', 'small', 'code', 'svg', 'path',
  'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'noscript', 'mark', 'abbr', 'cite', 'hr', 'kbd', 'fieldset', 'legend',
]);
/** Attributes that hold a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'srcSet'];
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

let outDir: string;
let log: string;
let pages: { file: string; tree: Root }[];
let issues: Issue[];

beforeAll(() => {
  ({ outDir, log } = buildSiteWithLog(writeHostileCorpus()));
  pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ file, tree: fromHtml(readFileSync(join(outDir, file), 'utf8')) }));
  issues = JSON.parse(readFileSync(join(outDir, 'issues.json'), 'utf8')).issues;
}, 300_000);

function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

describe('building the hostile corpus', () => {
  it('succeeds and prints every rejected file with its reason', () => {
    for (const expected of HOSTILE_CASES) {
      if (expected.outcome === 'rejected') expect(log).toMatch(new RegExp(`✗ ${expected.file.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}: .*${expected.reason.source}`));
    }
  });

  it('gives every ingested case its own page, titled as stated', () => {
    for (const expected of HOSTILE_CASES) {
      if (expected.outcome !== 'issue') continue;
      const issue = issues.find((i) => i.sources.some((source) => source.file === expected.file));
      expect(issue, expected.file).toBeDefined();
      const page = pages.find((p) => p.file === `issues/${issue!.id}/index.html`);
      expect(page, `${expected.file} → issues/${issue!.id}/`).toBeDefined();
      if (expected.title) expect(textOf(elements(page!.tree).find((el) => el.tagName === 'h1')!)).toBe(expected.title);
    }
  });

  it('writes only the elements the templates make', () => {
    const foreign = pages.flatMap(({ file, tree }) => elements(tree).filter((el) => !TEMPLATE_ELEMENTS.has(el.tagName)).map((el) => `${file}: <${el.tagName}>`));
    expect(foreign).toEqual([]);
  });

  it('has no event-handler attribute and no URL with a scheme other than http(s)', () => {
    const bad: string[] = [];
    for (const { file, tree } of pages) {
      for (const el of elements(tree)) {
        for (const [name, value] of Object.entries(el.properties)) {
          if (/^on/i.test(name)) bad.push(`${file}: <${el.tagName} ${name}>`);
          if (URL_ATTRIBUTES.includes(name)) {
            const url = String(value).trim();
            const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
            if (scheme && scheme !== 'http' && scheme !== 'https') bad.push(`${file}: <${el.tagName} ${name}="${url}">`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('runs only the site’s own external scripts and styles, under a Content-Security-Policy on every page', () => {
    for (const { file, tree } of pages) {
      const all = elements(tree);
      const csp = all.find((el) => el.tagName === 'meta' && el.properties.httpEquiv?.toString() === 'Content-Security-Policy');
      expect({ file, csp: csp?.properties.content }).toEqual({ file, csp: CSP });
      for (const script of all.filter((el) => el.tagName === 'script')) {
        expect({ file, src: String(script.properties.src ?? 'inline') }).toEqual({ file, src: expect.stringMatching(/^\/(?:_astro\/[\w.-]+|redirect)\.js$/) });
      }
      for (const el of all) expect({ file, tag: el.tagName, style: el.properties.style }).toEqual({ file, tag: el.tagName, style: undefined });
    }
  });

  it('shows the pasted markup as text, so nothing is lost', () => {
    const issue = issues.find((i) => i.sources.some((source) => source.file === 'markup-in-text.txt'))!;
    const page = pages.find((p) => p.file === `issues/${issue.id}/index.html`)!;
    const article = elements(page.tree).find((el) => el.tagName === 'article')!;
    const text = textOf(article);
    for (const pasted of ["<script>alert('pwned-script')</script>", '<img src=x onerror="alert(\'pwned-img\')">', '</textarea>', '<!-- a hidden comment -->', '<iframe src="https://evil.example/"></iframe>', '{{ site.secret }}', '${process.env.SECRET}', '<Evil prop={globalThis.fetch(\'https://evil.example/\')} />']) {
      expect(text).toContain(pasted);
    }
  });
});
