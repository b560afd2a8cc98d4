import type { Element, Root } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Section } from '../schema';
import { blocksToHast } from './blocks-to-hast';

/**
 * The sanitiser's allow-list: exactly the elements and attributes blocks-to-hast produces
 * (headings, ids and links are the page template's, outside this HTML).
 */
const schema: Schema = {
  ...defaultSchema,
  tagNames: ['div', 'p', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'span'],
  attributes: { '*': ['className'] },
  protocols: {},
};

const processor = unified().use(rehypeSanitize, schema).use(rehypeStringify);

/** hast → sanitised HTML string. */
export function hastToHtml(tree: Element): string {
  const root: Root = { type: 'root', children: [tree] };
  return processor.stringify(processor.runSync(root) as Root);
}

/** A section's blocks as sanitised HTML, ready for `set:html`. */
export function renderBlocks(blocks: Section['blocks']): string {
  return hastToHtml(blocksToHast(blocks));
}
