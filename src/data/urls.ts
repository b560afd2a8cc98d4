import { paths } from './paths';

/** Site URLs in one place, all respecting Astro's `base` (page locations: paths.ts). */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export const urls = {
  home: () => base,
  issue: (id: string) => `${base}${paths.issue(id)}`,
  section: (issueId: string, sectionId: string) => `${base}${paths.section(issueId, sectionId)}`,
  sectionAnchor: (issueId: string, sectionId: string) => `${base}${paths.issue(issueId)}#${encodeURIComponent(sectionId)}`,
  week: (slug: string) => `${base}${paths.week(slug)}`,
  month: (yearMonth: string) => `${base}${paths.month(yearMonth)}`,
  year: (year: string) => `${base}${paths.year(year)}`,
  publisher: (slug: string) => `${base}${paths.publisher(slug)}`,
  publishers: () => `${base}${paths.publishers()}`,
  undated: () => `${base}${paths.undated()}`,
  search: (query?: string) => `${base}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  rss: () => `${base}rss.xml`,
  json: () => `${base}${paths.json()}`,
  asset: (path: string) => `${base}${path.replace(/^\//, '')}`,
};
