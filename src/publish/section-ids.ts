/**
 * New anchors for sections whose heading had personal data or a tracking link taken out. A
 * section id is a slug of its heading (src/pipeline/text/ids.ts), so a heading such as
 * "Background: https://click.…/ls/click?upn=<token>" carries the token into the section's URL
 * and share page. Such a section gets the slug of its cleaned heading instead; every other id is
 * left exactly as the pipeline made it.
 */
import GithubSlugger from 'github-slugger';
import type { Section } from '../schema';

/**
 * Old id → new id for each section whose heading changed (`before` and `after` in the same
 * order). A new id never takes one already used in the issue: it gets `-2`, `-3`… instead.
 */
export function renamedSectionIds(before: readonly Section[], after: readonly Section[]): Map<string, string> {
  const renames = new Map<string, string>();
  const taken = new Set(before.map((section) => section.id));
  before.forEach((section, i) => {
    const heading = after[i].heading;
    if (heading === section.heading || heading === null) return;
    const slug = new GithubSlugger().slug(heading) || 'section';
    let id = slug;
    for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
    taken.add(id);
    renames.set(section.id, id);
  });
  return renames;
}
