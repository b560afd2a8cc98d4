import type { PublicIssue } from '../schema';
import { hasHan } from '../pipeline/text/line-shape';

/**
 * The search index an issue belongs in: `zh` when any of its reader-visible text is Chinese
 * (Pagefind segments Chinese only in a Chinese index, so even a bilingual briefing goes there),
 * else `en`. Decided here once; the issue page and the index step both read `searchLang`.
 */
export function searchLanguage(issue: Pick<PublicIssue, 'title' | 'sections' | 'takeaways'>): 'en' | 'zh' {
  return hasHan(issue.title) || hasHan(JSON.stringify(issue.sections)) || hasHan(JSON.stringify(issue.takeaways)) ? 'zh' : 'en';
}
