/**
 * The runner: everything around the pure pipeline that touches files, threads and the
 * console. The CLI, the Content Layer loader and the tests all ingest through `ingestFolder`.
 */
export { ingestFolder, MIN_FILES_FOR_WORKERS, type FolderOptions } from './ingest-folder';
export { listInputFolder, type InputListing, type ListedFile } from './list-folder';
export { OutcomeCache } from './outcome-cache';
export { formatSummary } from './format-summary';
export { tuneForBatch } from './batch-v8-flags';
