import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../src/settings';

describe('readSettings', () => {
  it('gives the defaults when nothing is set, and an empty variable means unset', () => {
    const defaults = readSettings({});
    expect(readSettings({ BRIEFINGS_INPUT: '', BRIEFINGS_RULES: ' ', BRIEFINGS_MAX_BYTES: '', SITE_URL: '', BASE_PATH: '' })).toEqual(defaults);
    expect(defaults).toEqual({
      input: 'content/raw',
      rules: 'content/publishers.yaml',
      maxBytes: 5 * 1024 * 1024,
      permalinks: 'content/raw/permalinks.json',
      siteUrl: 'https://briefings.example.org',
      siteUrlSet: false,
      basePath: '/',
      indexing: false,
      renderProcesses: null,
    });
  });

  it('reads each variable', () => {
    expect(readSettings({ BRIEFINGS_INPUT: 'x', BRIEFINGS_RULES: 'r.yaml', BRIEFINGS_MAX_BYTES: '1024', SITE_URL: 'https://a.example.org', BASE_PATH: '/archive/' })).toEqual({
      input: 'x', rules: 'r.yaml', maxBytes: 1024, permalinks: 'x/permalinks.json', siteUrl: 'https://a.example.org', siteUrlSet: true, basePath: '/archive/', indexing: false, renderProcesses: null,
    });
  });

  it('SITE_INDEXING is on or off', () => {
    expect(readSettings({ SITE_INDEXING: 'on' }).indexing).toBe(true);
    expect(readSettings({ SITE_INDEXING: 'off' }).indexing).toBe(false);
    expect(() => readSettings({ SITE_INDEXING: 'yes' })).toThrow(new SettingsError('SITE_INDEXING must be "on" or "off" (or unset, which means off), not "yes"'));
  });

  it('names the variable and what it wants when a value cannot be used', () => {
    expect(() => readSettings({ BRIEFINGS_MAX_BYTES: '5MB' })).toThrow(new SettingsError('BRIEFINGS_MAX_BYTES must be a positive whole number of bytes, not "5MB"'));
    expect(() => readSettings({ SITE_URL: 'archive.example.org' })).toThrow(new SettingsError('SITE_URL must be an http(s) address such as https://archive.example.org, not "archive.example.org"'));
    expect(() => readSettings({ BUILD_PROCESSES: 'many' })).toThrow(new SettingsError('BUILD_PROCESSES must be a whole number from 1 to 64, not "many"'));
  });

  it('BUILD_PROCESSES sets how many Astro processes render', () => {
    expect(readSettings({ BUILD_PROCESSES: '3' }).renderProcesses).toBe(3);
  });
});
