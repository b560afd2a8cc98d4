/** Largest raw file accepted by default: 5 MB (a briefing is tens of kB; more is an attachment or a dump). Kept apart so the settings read it without loading the pipeline. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** The permalink record's name in the input folder, where it lives unless told otherwise; never a briefing. */
export const PERMALINKS_FILE = 'permalinks.json';
