import type { Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { formatCountsLine, dateCell, titleCell } from './terminal-table';
import type { ExtractionReport, ExtractionRow } from './rows';

/** A few rules so the table reads; the file is opened locally, never published. */
const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}tr.flagged td{background:#fff4e5}td.n{text-align:right}ul{margin:0;padding-left:1.1rem}`;

const processor = unified().use(rehypeStringify);

/**
 * The extraction report as an HTML page: the counts, a table of every file (flagged rows
 * marked), the rejections and the notes. Built as a hast tree, so every text from a briefing
 * is a text node and comes out escaped; nothing in a title or note can become markup.
 */
export function extractionHtml(report: ExtractionReport): string {
  const flagged = report.rows.filter((row) => row.flags.length > 0 && row.kind !== 'rejected').length;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('title', 'Extraction report'), h('style', STYLE)]),
        h('body', [
          h('h1', 'Extraction report'),
          h('p', formatCountsLine(report)),
          h('p', `${flagged} of ${report.rows.length} files flagged for a look.`),
          h('table', [
            h('thead', h('tr', ['file', 'title (from)', 'date (from)', 'publisher', 'sections', 'takeaways', 'flags'].map((name) => h('th', { scope: 'col' }, name)))),
            h('tbody', report.rows.map(rowElement)),
          ]),
          ...(report.rejected.length > 0 ? [h('h2', `Rejected (${report.rejected.length})`), h('ul', report.rejected.map((r) => h('li', `${r.file}: ${r.reason}`)))] : []),
          ...(report.notes.length > 0 ? [h('h2', `Notes (${report.notes.length})`), h('ul', report.notes.map((n) => h('li', `${n.file}${n.line ? `:${n.line}` : ''}: ${n.message} [${n.rule}]`)))] : []),
        ]),
      ]),
    ],
  };
  return `${processor.stringify(tree)}\n`;
}

function rowElement(row: ExtractionRow) {
  const counts = row.kind === 'issue' ? [row.sections, row.takeaways] : ['', ''];
  return h('tr', { className: row.flags.length > 0 ? ['flagged'] : undefined }, [
    h('td', row.file),
    h('td', titleCell(row)),
    h('td', dateCell(row)),
    h('td', row.kind === 'issue' ? row.publisher ?? '—' : ''),
    ...counts.map((count) => h('td', { className: ['n'] }, String(count))),
    h('td', row.flags.length > 0 ? h('ul', row.flags.map((flag) => h('li', flag))) : ''),
  ]);
}
