/** The pipeline's public entry: everything the loader, the CLI and the tests use. */
export { ingestFile, type RawFile, type FileOutcome, type IngestOptions } from './ingest-file';
export { ingestAll, type Progress } from './ingest';
export { ingestFolder } from './ingest-parallel';
export { readInputFolder, listInputFolder, type InputFolder } from './read-input';
export { parseRules, RulesFileError, NO_RULES } from './rules/load-rules';
export { decode, DEFAULT_MAX_BYTES } from './decode';
export { normalize, fold } from './normalize';
