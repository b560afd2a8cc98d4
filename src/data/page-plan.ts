/**
 * Every page the site has, with exactly what each one shows (its props). The pages take their
 * props from here and read nothing else of the archive, so a digest of a page's props (and of
 * the templates) says whether its bytes can change: `npm run build` renders only the pages
 * whose digest changed since the last build (src/build/). One list for the dev server, the
 * build and that decision, so they never disagree about which pages exist.
 */
import type { PublicIssue } from '../schema';
import { byMonth, byPublisher, byYear, type Shelf } from './archive';
import { paths } from './paths';
import { groupByWeek, type Week } from './weeks';

type Section = PublicIssue['sections'][number];
/** Titles and headings of the other issues a page links to ("also covered in"). */
export type TitleIndex = Map<string, { title: string; headings: Map<string, string> }>;
/** Another page a pager links to, by what the link shows. */
export interface IssueLink {
  id: string;
  title: string;
}

export type IssuePageProps = { kind: 'issue'; issue: PublicIssue; newer: IssueLink | null; older: IssueLink | null; titles: TitleIndex } | { kind: 'redirect'; to: IssueLink };
export type SectionPageProps =
  | { kind: 'section'; issue: PublicIssue; section: Section; titles: TitleIndex }
  | { kind: 'redirect'; heading: string; issueId: string; sectionId: string };
export interface WeekPageProps {
  week: Week;
  newer: Pick<Week, 'slug' | 'start'> | null;
  older: Pick<Week, 'slug' | 'start'> | null;
}
export interface ShelfPageProps {
  shelf: Shelf;
  newer: Pick<Shelf, 'key' | 'label'> | null;
  older: Pick<Shelf, 'key' | 'label'> | null;
}
export interface PublisherPageProps {
  publisher: Shelf;
}

/** The pages of each route, by the route's name; the pages' getStaticPaths read them. */
export interface RoutePages {
  issue: PlannedPage<IssuePageProps>[];
  section: PlannedPage<SectionPageProps>[];
  week: PlannedPage<WeekPageProps>[];
  month: PlannedPage<ShelfPageProps>[];
  year: PlannedPage<ShelfPageProps>[];
  publisher: PlannedPage<PublisherPageProps>[];
  /** Pages without parameters that show the whole archive (home, search, lists, feed, JSON). */
  archive: PlannedPage<{ issues: PublicIssue[] }>[];
  /** Pages that show nothing of the archive (robots.txt, the 404 page). */
  fixed: PlannedPage<Record<string, never>>[];
}
export type RouteName = keyof RoutePages;

export interface PlannedPage<P> {
  /** The file the page is written to, relative to the site's root (`issues/x/index.html`). */
  file: string;
  /** The route's parameters (none for a page without them). */
  params: Record<string, string>;
  props: P;
}

/** The files of the pages that take no parameters, each rendered from the whole archive or from nothing. */
const ARCHIVE_FILES = ['index.html', 'search/index.html', 'undated/index.html', `${paths.publishers()}index.html`, 'rss.xml', paths.json()];
const FIXED_FILES = ['404.html', 'robots.txt'];

/** Every page of the site for `issues` (in the archive's order, newest first). */
export function planPages(issues: PublicIssue[]): RoutePages {
  const titles = titleIndex(issues);
  const { weeks } = groupByWeek(issues);
  const months = byMonth(issues);
  const years = byYear(issues);
  return {
    issue: issuePages(issues, titles),
    section: sectionPages(issues, titles),
    week: weeks.map((week, i) => page(paths.week(week.slug), { week: week.slug }, { week, newer: weekLink(weeks[i - 1]), older: weekLink(weeks[i + 1]) })),
    month: months.map((shelf, i) => page(paths.month(shelf.key), { month: shelf.key }, { shelf, newer: shelfLink(months[i - 1]), older: shelfLink(months[i + 1]) })),
    year: years.map((shelf, i) => page(paths.year(shelf.key), { year: shelf.key }, { shelf, newer: shelfLink(years[i - 1]), older: shelfLink(years[i + 1]) })),
    publisher: byPublisher(issues).map((publisher) => page(paths.publisher(publisher.key), { publisher: publisher.key }, { publisher })),
    archive: ARCHIVE_FILES.map((file) => ({ file, params: {}, props: { issues } })),
    fixed: FIXED_FILES.map((file) => ({ file, params: {}, props: {} })),
  };
}

/** Each issue's page, and a redirect page at each of its former ids (a merged-away copy, a retired id). */
function issuePages(issues: PublicIssue[], titles: TitleIndex): PlannedPage<IssuePageProps>[] {
  const pages = issues.map((issue, i) =>
    page<IssuePageProps>(paths.issue(issue.id), { id: issue.id }, { kind: 'issue', issue, newer: issueLink(issues[i - 1]), older: issueLink(issues[i + 1]), titles: linkedTitles(issue.sections, titles) }),
  );
  const aliases = issues.flatMap((issue) => issue.aliases.map((alias) => page<IssuePageProps>(paths.issue(alias), { id: alias }, { kind: 'redirect', to: issueLink(issue)! })));
  return [...pages, ...aliases];
}

/**
 * A section's own page (a shared link unfurls with the section's heading), and a redirect page
 * at every former address of a section — a former section id, or any of its ids under a former
 * issue id — so a link shared once keeps working.
 */
function sectionPages(issues: PublicIssue[], titles: TitleIndex): PlannedPage<SectionPageProps>[] {
  return issues.flatMap((issue) => {
    const own = issue.sections.map((section) => page<SectionPageProps>(paths.section(issue.id, section.id), { id: issue.id, section: section.id }, { kind: 'section', issue, section, titles: linkedTitles([section], titles) }));
    const formerIds = issue.sections.flatMap((section) => section.aliases.map((alias) => ({ alias, section })));
    const everyName = [...issue.sections.map((section) => ({ alias: section.id, section })), ...formerIds];
    const redirects = [
      ...formerIds.map(({ alias, section }) => ({ issueId: issue.id, alias, section })),
      ...issue.aliases.flatMap((issueId) => everyName.map(({ alias, section }) => ({ issueId, alias, section }))),
    ].map(({ issueId, alias, section }) =>
      page<SectionPageProps>(paths.section(issueId, alias), { id: issueId, section: alias }, { kind: 'redirect', heading: section.heading ?? `${issue.title}: introduction`, issueId: issue.id, sectionId: section.id }),
    );
    return [...own, ...redirects];
  });
}

/** Titles and section headings by issue id. */
export function titleIndex(issues: PublicIssue[]): TitleIndex {
  return new Map(issues.map((issue) => [issue.id, { title: issue.title, headings: new Map(issue.sections.map((s) => [s.id, s.heading ?? 'Introduction'])) }]));
}

/** Only the entries of `titles` that `sections` link to, in a fixed order: what the page shows of other issues. */
function linkedTitles(sections: Section[], titles: TitleIndex): TitleIndex {
  const linked: TitleIndex = new Map();
  for (const link of sections.flatMap((section) => section.related)) {
    const other = titles.get(link.issueId);
    if (!other) continue;
    if (!linked.has(link.issueId)) linked.set(link.issueId, { title: other.title, headings: new Map() });
    const heading = other.headings.get(link.sectionId);
    if (heading !== undefined) linked.get(link.issueId)!.headings.set(link.sectionId, heading);
  }
  return linked;
}

function page<P>(path: string, params: Record<string, string>, props: P): PlannedPage<P> {
  return { file: `${path}index.html`, params, props };
}

const issueLink = (issue: PublicIssue | undefined): IssueLink | null => (issue ? { id: issue.id, title: issue.title } : null);
const weekLink = (week: Week | undefined) => (week ? { slug: week.slug, start: week.start } : null);
const shelfLink = (shelf: Shelf | undefined) => (shelf ? { key: shelf.key, label: shelf.label } : null);
