import { clip, type ExtractionReport, type ExtractionRow } from './rows';

/** Up to this many files, the terminal gets every row; beyond, only flagged ones. */
export const FULL_TABLE_MAX_ROWS = 40;
/** Flagged rows printed at most (a large archive's full table belongs in `--report`). */
export const MAX_FLAGGED_ROWS = 40;
/** Notes printed at most; all of them are in the JSON report and the `--report` file. */
export const MAX_NOTES_SHOWN = 40;

/** Column widths of the terminal table (characters). */
const WIDTH = { file: 30, title: 52, date: 20, publisher: 20 };

/** The row's title cell: the title and where it came from, or what became of the file. */
export function titleCell(row: ExtractionRow): string {
  if (row.kind === 'rejected') return `rejected: ${row.detail}`;
  if (row.kind === 'copy') return `copy of ${row.detail}`;
  return `${row.title} (${row.titleFrom})`;
}

/** The row's date cell: the date and where it came from, or "no date". */
export function dateCell(row: ExtractionRow): string {
  if (row.kind !== 'issue') return '';
  return row.date ? `${row.date} (${row.dateFrom})` : 'no date';
}

/** One line of the table. */
function line(cells: string[]): string {
  const widths = [WIDTH.file, WIDTH.title, WIDTH.date, WIDTH.publisher, 3, 3];
  return cells
    .map((cell, i) => (i < widths.length ? clip(cell, widths[i]).padEnd(widths[i]) : cell))
    .join('  ')
    .trimEnd();
}

function rowLine(row: ExtractionRow): string {
  const counts = row.kind === 'issue' ? [String(row.sections), String(row.takeaways)] : ['', ''];
  const flags = row.flags.length > 0 ? `⚑ ${row.flags.join('; ')}` : '';
  // The title is cut, never where it came from.
  const title = row.kind === 'issue' ? `${clip(row.title ?? '', WIDTH.title - (row.titleFrom ?? '').length - 3)} (${row.titleFrom})` : titleCell(row);
  return line([row.file, title, dateCell(row), row.kind === 'issue' ? row.publisher ?? '—' : '', ...counts, flags]);
}

/**
 * The extraction table for a terminal: a header and one line per file (title and date with
 * where each came from, publisher, sections, takeaways, flags). A large run prints only the
 * flagged files, and says how many there are and where the full table is.
 */
export function formatExtractionTable(report: ExtractionReport, options: { reportPath?: string } = {}): string {
  const flagged = report.rows.filter((row) => row.flags.length > 0 && row.kind !== 'rejected');
  const full = report.rows.length <= FULL_TABLE_MAX_ROWS;
  const shown = full ? report.rows : flagged.slice(0, MAX_FLAGGED_ROWS);
  const lines = [
    full ? `Extracted (${report.rows.length} files, ${flagged.length} flagged):` : `Flagged files (${flagged.length} of ${report.rows.length}${flagged.length > shown.length ? `, first ${shown.length} shown` : ''}):`,
    line(['file', 'title (from)', 'date (from)', 'publisher', 'sec', 'tk', 'flags']),
    ...shown.map(rowLine),
  ];
  if (!full) lines.push(options.reportPath ? `The full table of ${report.rows.length} files: ${options.reportPath}` : `The full table of ${report.rows.length} files: add --report <file.md|file.html>`);
  return lines.join('\n');
}

/** The rejections, one line each (repeated after the table so they are not missed). */
export function formatRejections(report: ExtractionReport): string[] {
  if (report.rejected.length === 0) return [];
  return [`Rejected (${report.rejected.length}):`, ...report.rejected.map((r) => `  ✗ ${r.file}: ${r.reason}`)];
}

/** The notes, one line each, at most MAX_NOTES_SHOWN. */
export function formatNotes(report: ExtractionReport): string[] {
  if (report.notes.length === 0) return [];
  const shown = report.notes.slice(0, MAX_NOTES_SHOWN);
  const lines = [`Notes (${report.notes.length}):`, ...shown.map((n) => `  • ${n.file}${n.line ? `:${n.line}` : ''}: ${n.message} [${n.rule}]`)];
  if (report.notes.length > shown.length) lines.push(`  … ${report.notes.length - shown.length} more notes in the JSON report and the --report file`);
  return lines;
}

/** The file arithmetic, the line every run ends with: `N files read = issues + duplicates merged + rejected`. */
export function formatCountsLine(report: ExtractionReport, verb = 'Ingested'): string {
  const { files, issues, duplicates, rejected } = report.counts;
  return `${verb} ${report.input}: ${files} files read = ${issues} issues + ${duplicates} duplicates merged + ${rejected} rejected`;
}
