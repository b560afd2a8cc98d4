/**
 * A digest of what each page shows: its props (src/data/page-plan.ts) and the templates. Two
 * builds that give a page the same digest write the same bytes for it, so the build renders
 * only the pages whose digest changed. An issue inside props counts by its own digest, made
 * once however many pages show it (a month page shows hundreds).
 */
import { createHash } from 'node:crypto';
import type { RoutePages } from '../data/page-plan';
import type { PublicIssue } from '../schema';

/** Digest of every planned page, by its file. `templates` is the digest of everything that renders them. */
export function pageDigests(plan: RoutePages, issues: PublicIssue[], templates: string): Map<string, string> {
  const issueDigests = new Map<object, string>(issues.map((issue) => [issue, sha1(JSON.stringify(issue))]));
  // An issue by its digest; a Map as its entries (JSON.stringify writes a Map as `{}`).
  const replacer = (_key: string, value: unknown) => {
    if (value !== null && typeof value === 'object') {
      const digest = issueDigests.get(value);
      if (digest) return `issue:${digest}`;
      if (value instanceof Map) return [...value.entries()];
    }
    return value;
  };
  const digests = new Map<string, string>();
  for (const [route, pages] of Object.entries(plan)) {
    for (const page of pages as RoutePages[keyof RoutePages]) {
      digests.set(page.file, sha1(`${templates}\0${route}\0${page.file}\0${JSON.stringify(page.props, replacer)}`));
    }
  }
  return digests;
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}
