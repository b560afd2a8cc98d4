import GithubSlugger from 'github-slugger';

/** Longest slug part of an issue id, in characters (cut at a word boundary). */
const MAX_SLUG = 60;
/** Hex digits of the source's SHA-256 in an id: one in 16 million same-titled files collide. */
export const ID_HASH_LENGTH = 6;

/** ASCII slug of a title: accents stripped, other scripts dropped, words joined by dashes. */
export function asciiSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG);
}

/**
 * An issue's URL id: date, title slug and a short hash of the canonical file. It depends only
 * on that file, so adding or removing other files never changes it, and two files never share it.
 */
export function issueId(title: string | null, date: string | null, sha256: string, hashLength = ID_HASH_LENGTH): string {
  const parts = [date, asciiSlug(title ?? '') || 'untitled', sha256.slice(0, hashLength)];
  return parts.filter(Boolean).join('-');
}

/**
 * Section anchors: GitHub-style slugs of the headings (as rehype-slug makes them), unique in
 * the issue; an untitled opening section is `introduction`, another untitled one `section-N`.
 */
export function sectionIds(headings: (string | null)[]): string[] {
  const slugger = new GithubSlugger();
  return headings.map((heading, i) => {
    const slug = heading ? slugger.slug(heading) : '';
    if (slug && /^[\p{L}\p{N}_-]+$/u.test(slug)) return slug;
    return slugger.slug(i === 0 && !heading ? 'introduction' : `section-${i + 1}`);
  });
}
