/**
 * The maintainer's extraction report: what the pipeline made of each file (title, date,
 * publisher, sections, takeaways, with where each came from) and what looks wrong. Pure
 * functions from an IngestResult; the CLI and the build print and write them.
 */
export { extractionReport, issueFlags, type ExtractionReport, type ExtractionRow } from './rows';
export { furnitureReason } from './furniture';
export { formatCountsLine, formatExtractionTable, formatNotes, formatRejections } from './terminal-table';
export { extractionMarkdown } from './markdown';
export { extractionHtml } from './html';
export { writeExtractionReport } from './write-report';
export { EXTRACTION_REPORT, EXTRACTION_REPORT_ENV } from './paths';
