import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Block } from '../schema';

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
      // Only the chart's title and source line were in the saved text: say so, rather than show an empty box.
      return h('figure', { className: ['figure'] }, [
        h('p', { className: ['figure-title'] }, block.title),
        h('p', { className: ['figure-missing'] }, 'Chart not archived: only its title and source were in the saved copy.'),
        h('figcaption', block.caption),
      ]);
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

/** A section's blocks, in order, as one fragment (the page renders heading and takeaways). */
export function blocksToHast(blocks: Block[]): Element {
  return h('div', { className: ['section-body'] }, blocks.map(blockToHast));
}
