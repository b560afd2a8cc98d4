/**
 * The public API, pinned: what the pure pipeline and the folder runner export. A change here is
 * a change for every caller (the CLI, the loader, the tests, `npm run eval`), so it is deliberate.
 */
import { describe, expect, it } from 'vitest';
import * as pipeline from '../src/pipeline';
import * as runner from '../src/runner';
import * as settings from '../src/settings';

describe('public API', () => {
  it('the pipeline (pure core) exports one file\'s chain, the report, rules and text primitives', () => {
    expect(Object.keys(pipeline).sort()).toEqual(['DEFAULT_MAX_BYTES', 'EMPTY_RECORD', 'NO_RULES', 'PermalinkRecordError', 'RulesFileError', 'assembleReport', 'assignPermalinks', 'byFile', 'decode', 'fold', 'ingestFile', 'normalize', 'parsePermalinkRecord', 'parseRules', 'serializePermalinkRecord', 'tooLarge']);
  });

  it('the runner exports one way to ingest a folder', () => {
    expect(Object.keys(runner).sort()).toEqual(['MIN_FILES_FOR_WORKERS', 'OutcomeCache', 'formatSummary', 'ingestFolder', 'listInputFolder', 'tuneForBatch']);
  });

  it('settings are read in one place', () => {
    expect(Object.keys(settings).sort()).toEqual(['PLACEHOLDER_SITE_URL', 'SETTING_VARIABLES', 'SITE', 'SettingsError', 'readSettings']);
  });
});
