/**
 * What readers are told about the lines the pipeline removed: counts by kind, in plain words.
 * The lines themselves stay in the maintainer's outputs (`npm run ingest --json`): they are
 * the raw text around the briefing (e-mail headers, unsubscribe footers, another article),
 * which is exactly where personal data sits.
 */
import type { LeftOut, LeftOutKind, RemovedLine } from '../schema';

/** The kind of each rule id the pipeline uses (src/pipeline/rules/generic-rules.ts and its stages). */
const KIND_OF_RULE: Record<string, LeftOutKind> = {
  'skip-link': 'page-furniture',
  'share-buttons': 'page-furniture',
  'page-furniture': 'page-furniture',
  'cookie-banner': 'page-furniture',
  'footer-links': 'page-furniture',
  breadcrumbs: 'page-furniture',
  crumb: 'page-furniture',
  copyright: 'page-furniture',
  advertisement: 'page-furniture',
  'empty-heading': 'page-furniture',
  'email-wrapper': 'email-header',
  'metadata:email-header': 'email-header',
  'unsubscribe-footer': 'mailing-list-footer',
  'sign-off': 'mailing-list-footer',
  'related-links': 'closing-links',
  'methodology-footer': 'closing-links',
  'publisher-blurb': 'publisher-blurb',
  'repeated-line': 'repeated-text',
  'repeated-title': 'repeated-text',
  'pull-quote': 'repeated-text',
  'pull-quotes': 'repeated-text',
  'appended-article': 'appended-article',
  'recurring-line': 'publisher-boilerplate',
};

/** The words for each kind, as in "3 lines of page furniture". */
const KIND_WORDS: Record<LeftOutKind, string> = {
  'page-furniture': 'page furniture (navigation, buttons, banners)',
  'email-header': 'e-mail forward header',
  'mailing-list-footer': 'mailing-list footer',
  'closing-links': "the page's closing links and footers",
  'publisher-blurb': "the publisher's self-description",
  'details-shown-above': 'title, date and other details (shown above)',
  'repeated-text': 'repeated text',
  'appended-article': 'another article the page carried',
  'publisher-boilerplate': "the publisher's own boilerplate",
};

/** A rule's kind. The header stage's `metadata:*` lines became the details; any other id is a publisher's rule from content/publishers.yaml. */
export function kindOfRule(rule: string): LeftOutKind {
  return KIND_OF_RULE[rule] ?? (rule.startsWith('metadata:') ? 'details-shown-above' : 'publisher-boilerplate');
}

/** Counts removed lines by kind, most lines first (ties in a fixed order), so the output is deterministic. */
export function leftOutOf(removed: readonly RemovedLine[]): LeftOut[] {
  const counts = new Map<LeftOutKind, number>();
  for (const line of removed) {
    const kind = kindOfRule(line.rule);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const order = Object.keys(KIND_WORDS) as LeftOutKind[];
  return [...counts.entries()]
    .map(([kind, lines]) => ({ kind, lines }))
    .sort((a, b) => b.lines - a.lines || order.indexOf(a.kind) - order.indexOf(b.kind));
}

/**
 * One sentence for readers: "12 lines of page furniture (…) and 5 lines of e-mail forward
 * header were left out." Empty when nothing was.
 */
export function describeLeftOut(leftOut: readonly LeftOut[]): string {
  if (leftOut.length === 0) return '';
  const parts = leftOut.map(({ kind, lines }) => `${lines} ${lines === 1 ? 'line' : 'lines'} of ${KIND_WORDS[kind]}`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  const total = leftOut.reduce((sum, { lines }) => sum + lines, 0);
  return `${list} ${total === 1 ? 'was' : 'were'} left out.`;
}
