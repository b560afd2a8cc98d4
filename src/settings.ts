/**
 * Every setting the archive reads from the environment, in one place: the CLI, the build, the
 * content config and the Astro config all read them here, with one meaning. A variable that is
 * unset or empty takes the default.
 */
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES, PERMALINKS_FILE } from './pipeline/limits';

/** The archive's name and description: change them here, and only here. */
export const SITE = {
  title: 'Briefing Archive',
  description: 'Weekly China policy briefings, archived week by week and searchable by section.',
  /** How many of the newest briefings the home page shows (grouped by week); the archive index reaches the rest. */
  homeIssues: 12,
  /** How many publishers the home page names; the publishers page lists them all. */
  homePublishers: 12,
};

/** The site's address when `SITE_URL` is not set (canonical links and feeds then say so). */
export const PLACEHOLDER_SITE_URL = 'https://briefings.example.org';

/** The environment variables read here, and what each one sets. */
export const SETTING_VARIABLES = {
  BRIEFINGS_INPUT: 'folder of raw briefings (default content/raw)',
  BRIEFINGS_RULES: 'publisher rules file (default content/publishers.yaml)',
  BRIEFINGS_MAX_BYTES: 'largest raw file accepted, in bytes (default 5 MB)',
  SITE_URL: 'where the site is published, for canonical links, feeds and the sitemap',
  BASE_PATH: 'sub-path the site is served under (default /)',
  BRIEFINGS_PERMALINKS: 'the permalink record (default permalinks.json in the input folder)',
  SITE_INDEXING: 'on: search engines may index the site (robots.txt allows, sitemap named); off (default): they are asked not to',
  BUILD_PROCESSES: 'Astro processes npm run build renders pages with (default: one per core, at most one per 2,500 pages)',
} as const;

export interface Settings {
  /** Folder of raw briefings. */
  input: string;
  /** Publisher rules file (YAML). */
  rules: string;
  /** Largest raw file accepted, in bytes. */
  maxBytes: number;
  /** The permalink record: every published id and what it points at (commit it with the briefings). */
  permalinks: string;
  /** The site's public address (Astro `site`). */
  siteUrl: string;
  /** Whether `siteUrl` was set, or is the placeholder. */
  siteUrlSet: boolean;
  /** Sub-path the site is served under (Astro `base`). */
  basePath: string;
  /**
   * Whether search engines may index the archive. Off by default: an archive of paid or internal
   * newsletters is usually not meant for them, so robots.txt disallows everything and every page
   * carries `noindex`. On gives `Allow: /` and the sitemap.
   */
  indexing: boolean;
  /** Astro processes to render with; null: one per core, at most one per 2,500 pages to render. */
  renderProcesses: number | null;
}

/** A setting with a value that cannot be used: its message names the variable and what it wants. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Reads the settings from `env`; throws a SettingsError naming the variable when one is unusable. */
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const given = (name: keyof typeof SETTING_VARIABLES) => (env[name] ?? '').trim() || null;
  const maxBytesText = given('BRIEFINGS_MAX_BYTES');
  const maxBytes = maxBytesText === null ? DEFAULT_MAX_BYTES : Number(maxBytesText);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new SettingsError(`BRIEFINGS_MAX_BYTES must be a positive whole number of bytes, not "${maxBytesText}"`);
  }
  const siteUrl = given('SITE_URL');
  if (siteUrl !== null && !/^https?:\/\/[^/]+/i.test(siteUrl)) {
    throw new SettingsError(`SITE_URL must be an http(s) address such as https://archive.example.org, not "${siteUrl}"`);
  }
  const indexing = given('SITE_INDEXING');
  if (indexing !== null && indexing !== 'on' && indexing !== 'off') {
    throw new SettingsError(`SITE_INDEXING must be "on" or "off" (or unset, which means off), not "${indexing}"`);
  }
  const processesText = given('BUILD_PROCESSES');
  const renderProcesses = processesText === null ? null : Number(processesText);
  if (renderProcesses !== null && (!Number.isInteger(renderProcesses) || renderProcesses < 1 || renderProcesses > 64)) {
    throw new SettingsError(`BUILD_PROCESSES must be a whole number from 1 to 64, not "${processesText}"`);
  }
  const input = given('BRIEFINGS_INPUT') ?? 'content/raw';
  return {
    input,
    rules: given('BRIEFINGS_RULES') ?? 'content/publishers.yaml',
    maxBytes,
    permalinks: given('BRIEFINGS_PERMALINKS') ?? join(input, PERMALINKS_FILE),
    siteUrl: siteUrl ?? PLACEHOLDER_SITE_URL,
    siteUrlSet: siteUrl !== null,
    basePath: given('BASE_PATH') ?? '/',
    indexing: indexing === 'on',
    renderProcesses,
  };
}
