import { formatCountsLine, dateCell, titleCell } from './terminal-table';
import type { ExtractionReport } from './rows';

/**
 * Text safe in a Markdown table cell: the characters Markdown reads as syntax inside a line
 * (emphasis, code, links, the cell separator) are escaped with a backslash, `&`, `<` and `>`
 * become entities, and line breaks become spaces, so a title can neither break the table nor become
 * markup in a viewer.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The extraction report as a Markdown file: the counts, every file's row, the rejections and
 * the notes. For a maintainer; it holds file names and notes that quote removed lines, so it is
 * never published.
 */
export function extractionMarkdown(report: ExtractionReport): string {
  const flagged = report.rows.filter((row) => row.flags.length > 0 && row.kind !== 'rejected').length;
  const lines = [
    '# Extraction report',
    '',
    markdownCell(formatCountsLine(report)),
    '',
    `${flagged} of ${report.rows.length} files flagged for a look.`,
    '',
    '| file | title (from) | date (from) | publisher | sections | takeaways | flags |',
    '| --- | --- | --- | --- | ---: | ---: | --- |',
    ...report.rows.map((row) => {
      const counts = row.kind === 'issue' ? [String(row.sections), String(row.takeaways)] : ['', ''];
      const cells = [row.file, titleCell(row), dateCell(row), row.kind === 'issue' ? row.publisher ?? '—' : '', ...counts, row.flags.join('; ')];
      return `| ${cells.map(markdownCell).join(' | ')} |`;
    }),
  ];
  if (report.rejected.length > 0) {
    lines.push('', `## Rejected (${report.rejected.length})`, '', ...report.rejected.map((r) => `- ${markdownCell(r.file)}: ${markdownCell(r.reason)}`));
  }
  if (report.notes.length > 0) {
    lines.push('', `## Notes (${report.notes.length})`, '', ...report.notes.map((n) => `- ${markdownCell(`${n.file}${n.line ? `:${n.line}` : ''}`)}: ${markdownCell(n.message)} \\[${markdownCell(n.rule)}\\]`));
  }
  return `${lines.join('\n')}\n`;
}
