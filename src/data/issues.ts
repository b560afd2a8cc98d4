import { getCollection, type CollectionEntry } from 'astro:content';

export type IssueEntry = CollectionEntry<'issues'>;

/** All issues, newest first; undated ones last, by title. Deterministic for equal dates. */
export async function getAllIssues(): Promise<IssueEntry[]> {
  const entries = await getCollection('issues');
  return entries.sort((a, b) => {
    const byDate = (b.data.date ?? '').localeCompare(a.data.date ?? '');
    return byDate !== 0 ? byDate : a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
  });
}
