import { join } from 'node:path';

/**
 * Where the Content Layer loader leaves the extraction report of its latest sync (JSON, an
 * ExtractionReport), relative to the project root: `scripts/build.ts` prints it once Astro is
 * done. Under node_modules/.cache, never in the site: it names files and quotes removed lines.
 */
export const EXTRACTION_REPORT = join('node_modules', '.cache', 'briefing-archive', 'extraction-report.json');

/** The environment variable through which `scripts/build.ts` tells the loader where to write it instead. */
export const EXTRACTION_REPORT_ENV = 'BRIEFINGS_EXTRACTION_REPORT';
