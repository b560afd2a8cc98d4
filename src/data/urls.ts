/** Site URLs in one place, all respecting Astro's `base`. */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export const urls = {
  home: () => base,
  issue: (id: string) => `${base}issues/${id}/`,
  section: (issueId: string, sectionId: string) => `${base}issues/${issueId}/${encodeURIComponent(sectionId)}/`,
  sectionAnchor: (issueId: string, sectionId: string) => `${base}issues/${issueId}/#${encodeURIComponent(sectionId)}`,
  week: (slug: string) => `${base}weeks/${slug}/`,
  search: (query?: string) => `${base}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  rss: () => `${base}rss.xml`,
  json: () => `${base}issues.json`,
  asset: (path: string) => `${base}${path.replace(/^\//, '')}`,
};
