/**
 * Where each kind of page lives, relative to the site's root and without its `base`: the one
 * rule for page URLs. `urls.ts` adds the base for links; the build's index step (which runs
 * outside Astro's pages) uses these directly.
 */
export const paths = {
  issue: (id: string) => `issues/${id}/`,
  section: (issueId: string, sectionId: string) => `issues/${issueId}/${encodeURIComponent(sectionId)}/`,
  week: (slug: string) => `weeks/${slug}/`,
  month: (yearMonth: string) => `months/${yearMonth}/`,
  year: (year: string) => `years/${year}/`,
  publisher: (slug: string) => `publishers/${slug}/`,
  publishers: () => 'publishers/',
  undated: () => 'undated/',
  /** The published collection, which the index step reads for each issue's search language. */
  json: () => 'issues.json',
};
