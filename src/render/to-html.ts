import type { Element, Root } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Issue } from '../schema';
import { issueBodyToHast } from './blocks-to-hast';

/**
 * The sanitiser's allow-list: exactly the elements and attributes blocks-to-hast produces.
 * Ids are kept as they are (no `user-content-` prefix) because section links depend on them.
 */
const schema: Schema = {
  ...defaultSchema,
  clobber: [],
  tagNames: ['div', 'section', 'aside', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'span'],
  attributes: { '*': ['className', 'id', 'dataKind', 'dataPagefindWeight'] },
  protocols: {},
};

const processor = unified().use(rehypeSanitize, schema).use(rehypeStringify);

/** hast → sanitised HTML string. */
export function hastToHtml(tree: Element): string {
  const root: Root = { type: 'root', children: [tree] };
  return processor.stringify(processor.runSync(root) as Root);
}

/** The HTML of an issue's body, ready for `set:html` (already escaped and sanitised). */
export function renderIssueBody(issue: Issue): string {
  return hastToHtml(issueBodyToHast(issue));
}
