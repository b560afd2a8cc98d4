/**
 * The pipeline's public entry, a pure core: bytes in, data and messages out. No files, threads
 * or console (those are src/runner/'s). One file's chain is `ingestFile`; the whole archive's
 * report is `assembleReport` over every file's outcome.
 */
export { ingestFile, type RawFile, type FileOutcome, type IngestOptions } from './ingest-file';
export { assembleReport, byFile, type ReportOptions } from './grouping/assemble-report';
export { parseRules, RulesFileError, NO_RULES } from './rules/load-rules';
export { decode, DEFAULT_MAX_BYTES, tooLarge } from './stages/01-decode';
export { normalize } from './stages/03-normalize';
export { fold } from './text/fold';
export { assignPermalinks } from './links/assign-permalinks';
export { EMPTY_RECORD, parsePermalinkRecord, PermalinkRecordError, serializePermalinkRecord } from './links/permalink-record';
