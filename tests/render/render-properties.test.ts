/**
 * The block renderer, for arbitrary text (markup-laden included): the HTML it writes parses
 * back to exactly the block elements, with the input as text and no attribute the renderer did
 * not set. Seeded, 10,000 cases.
 */
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/pipeline';
import { blocksToHast } from '../../src/render/blocks-to-hast';
import { hastToHtml } from '../../src/render/to-html';
import type { Block } from '../../src/schema';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);
/** Room for long soaks (`npm run test:stress`): about 1 ms a case, with margin. */
const TIMEOUT = Math.max(60_000, RUNS * 5);
const RENDERER_ELEMENTS = new Set(['html', 'head', 'body', 'div', 'p', 'ul', 'ol', 'li', 'figure', 'figcaption', 'blockquote', 'span']);

/** Text with a good chance of carrying markup, template and URL syntax. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
      fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</textarea>', '<!--', '-->', '<a href="javascript:x">', '{{ x }}', '${x}', '<style>', '&lt;', '&amp;', '<![CDATA[', ']]>', '<svg onload=x>', '"', "'", '`'),
    ),
    { minLength: 1, maxLength: 8 },
  )
  // Blocks are made from normalized text (no control characters, one line), as the pipeline does.
  .map((parts) => normalize(parts.join(' ')).replace(/\n/g, ' ').trim() || 'x');

const block: fc.Arbitrary<Block> = fc.oneof(
  hostileText.map((text) => ({ kind: 'paragraph' as const, text })),
  fc.tuple(fc.boolean(), fc.array(hostileText, { minLength: 1, maxLength: 4 })).map(([ordered, items]) => ({ kind: 'list' as const, ordered, items })),
  fc.tuple(hostileText, hostileText).map(([title, caption]) => ({ kind: 'figure' as const, title, caption })),
  hostileText.map((text) => ({ kind: 'quote' as const, text })),
);


describe('rendering blocks', () => {
  it('writes only the renderer’s elements and attributes, and every text as text', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const tree: Root = fromHtml(hastToHtml(blocksToHast(blocks)));
        visit(tree, 'element', (el: Element) => {
          expect(RENDERER_ELEMENTS.has(el.tagName), `<${el.tagName}>`).toBe(true);
          expect(Object.keys(el.properties).filter((name) => name !== 'className')).toEqual([]);
        });
        const text = textOf(tree);
        for (const b of blocks) {
          const parts = b.kind === 'list' ? b.items : b.kind === 'figure' ? [b.title, b.caption] : b.kind === 'entities' ? b.items.map((e) => e.name) : [b.text];
          for (const part of parts) expect(text).toContain(part);
        }
      }),
      { seed: 20260206, numRuns: RUNS },
    );
  }, TIMEOUT);
});
