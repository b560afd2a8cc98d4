/**
 * The hand-off from `npm run build` to the pages it has Astro render. The build ingests the
 * briefings itself (src/build/prepare-site.ts) and leaves, in a folder named by PREPARED_ENV:
 * - `issues.json`: the published issues in the archive's order (already through `publicIssues`);
 * and, in a file named by RENDER_LIST_ENV, the files of the pages this Astro process renders
 * (those whose digest changed; a large list is split between processes).
 * Without the variable (the dev server, `astro check`) the pages read the content collection
 * and every page is rendered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublicIssue } from '../schema';

export const PREPARED_ENV = 'BRIEFINGS_PREPARED';
export const PREPARED_ISSUES = 'issues.json';
export const RENDER_LIST_ENV = 'BRIEFINGS_RENDER_LIST';

/** The folder the build prepared, or null when the pages read the content collection. */
export function preparedDir(env: NodeJS.ProcessEnv = process.env): string | null {
  return env[PREPARED_ENV] || null;
}

/** The published issues the build prepared, in the archive's order. */
export function readPreparedIssues(dir: string): PublicIssue[] {
  return (JSON.parse(readFileSync(join(dir, PREPARED_ISSUES), 'utf8')) as { issues: PublicIssue[] }).issues;
}

/** The files of the pages to render this time; null: all of them. */
export function readRenderList(env: NodeJS.ProcessEnv = process.env): Set<string> | null {
  const file = env[RENDER_LIST_ENV];
  return file ? new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]) : null;
}
