import { extractionReport, formatCountsLine, formatExtractionTable, formatNotes, formatRejections, type ExtractionReport } from '../report';
import type { IngestResult } from '../schema';

/**
 * The human summary of an ingest run, in the order a maintainer reads it from the bottom up:
 * the extraction table (every file, or only the flagged ones of a large run), the notes, the
 * rejections repeated, the files written, and last the file arithmetic
 * (`N files read = issues + duplicates merged + rejected`), never buried.
 */
export function formatSummary(input: string, result: IngestResult | ExtractionReport, jsonPath?: string, reportPath?: string): string {
  const report = 'rows' in result ? result : extractionReport(input, result);
  const blocks = [[formatExtractionTable(report, { reportPath })], formatNotes(report), formatRejections(report)];
  const written = [jsonPath && `Report written to ${jsonPath}`, reportPath && `Extraction report written to ${reportPath}`].filter((line): line is string => Boolean(line));
  blocks.push(written, [formatCountsLine(report)]);
  return blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n');
}
