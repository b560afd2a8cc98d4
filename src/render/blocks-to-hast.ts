import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Block, Issue, Section, Takeaway } from '../schema';

/**
 * Structured blocks straight to a hast tree: no Markdown round trip. Text goes in as text
 * nodes, so nothing in a briefing can become markup; the tree is sanitised again on output.
 */
export function blockToHast(block: Block): Element {
  switch (block.kind) {
    case 'paragraph':
      return h('p', block.text);
    case 'list':
      return h(block.ordered ? 'ol' : 'ul', block.items.map((item) => h('li', item)));
    case 'figure':
      return h('figure', { className: ['figure'] }, [h('p', { className: ['figure-title'] }, block.title), h('figcaption', block.caption)]);
    case 'quote':
      return h('blockquote', [h('p', block.text)]);
    case 'entities':
      return h('ul', { className: ['entities'] }, block.items.map((entity) => h('li', entityContent(entity))));
  }
}

function entityContent(entity: Extract<Block, { kind: 'entities' }>['items'][number]): ElementContent[] {
  const label = [entity.type, entity.sentiment?.toLowerCase()].filter(Boolean).join(', ');
  return label ? [h('span', { className: ['entity-name'] }, entity.name), { type: 'text', value: ' ' }, h('span', { className: ['entity-type'] }, `(${label})`)] : [h('span', { className: ['entity-name'] }, entity.name)];
}

/** Takeaways as an aside, labelled by kind so a reader can tell stated from recognised ones. */
export function takeawaysToHast(takeaways: Takeaway[], headingLevel: 'h2' | 'h3'): Element {
  const explicit = takeaways.every((takeaway) => takeaway.kind === 'explicit');
  return h('aside', { className: ['takeaways'], dataPagefindWeight: '7' }, [
    h(headingLevel, { className: ['takeaways-label'] }, explicit ? 'Key takeaways' : 'Takeaway'),
    h('ul', takeaways.map((takeaway) => h('li', { dataKind: takeaway.kind }, takeaway.text))),
  ]);
}

/** One section: heading with its anchor id (Pagefind sub-results need ids on headings). */
export function sectionToHast(section: Section): Element {
  const children: ElementContent[] = [];
  if (section.heading) children.push(h('h2', { id: section.id }, section.heading));
  children.push(...section.blocks.map(blockToHast));
  if (section.takeaways.length > 0) children.push(takeawaysToHast(section.takeaways, 'h3'));
  return h('section', { className: ['issue-section'], ...(section.heading ? {} : { id: section.id }) }, children);
}

/** The issue body: issue-level takeaways, then every section. */
export function issueBodyToHast(issue: Issue): Element {
  const issueLevel = issue.takeaways.filter((takeaway) => takeaway.sectionId === null);
  return h('div', { className: ['issue-body'] }, [
    ...(issueLevel.length > 0 ? [takeawaysToHast(issueLevel, 'h2')] : []),
    ...issue.sections.map(sectionToHast),
  ]);
}
