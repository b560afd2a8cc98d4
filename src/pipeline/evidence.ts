/**
 * The kinds of evidence the stages weigh to decide a line's role, by name. Each can be left
 * out of a run (`IngestOptions.ablate`), so `npm run eval -- --ablate <name>` shows what it is
 * worth. A stage asks `uses(options, name)` before weighing a kind.
 */
export const EVIDENCE = [
  // Header metadata (stages 06, 11): titles, dates and publisher by evidence.
  /** An agency dateline opening the first paragraph ("BEIJING, Nov. 19, 2024 /PRNewswire/ --") (evidence/date-locate.ts). */
  'date-dateline',
  /** The innermost e-mail message's `Date:`/`Sent:` (a forward's original, not the forwarder's) (evidence/date-locate.ts). */
  'date-email-header',
  /** A short dated line of the top zone: dateline, timestamp, "Published …", a byline with a date; a publication label ("发布日期：") over a written or in-force one ("成文日期：") (evidence/date-locate.ts). */
  'date-header-line',
  /** A date in the title or subject ("Chamber Weekly Update 19.11.24") (evidence/date-locate.ts). */
  'date-in-title',
  /** The date under the issuing office at the foot of a Chinese notice, a press release's closing mark, a page's "First published on …" (evidence/date-locate.ts). */
  'date-notice-signature',
  /** The innermost forwarded message is the publication; the forwarder's note above it is left out (evidence/email-headers.ts). */
  'email-forward-original',
  /** The name a "© 2024 X" line states (rules/detect-publisher.ts). */
  'publisher-copyright',
  /** The e-mail sender's display name, or a reading pane's sender line over "to me" (evidence/email-headers.ts, email-furniture.ts). */
  'publisher-email-sender',
  /** A title candidate's content words found in the body (evidence/title-score.ts). */
  'title-body-overlap',
  /** The e-mail subject, without Fwd:/Re: and emoji, as the title, or the text's own headline it shortens (evidence/title-score.ts). */
  'title-email-subject',
  /** UI, crumbs, fields (and runs of them), labels, bylines, date lines and digest items are never titles (evidence/title-furniture.ts). */
  'title-furniture',
  /** A headline is followed by a byline, date or the body, sits above the body, and above its standfirst (evidence/title-score.ts). */
  'title-headline-block',
  /** A page repeats its headline (evidence/title-score.ts). */
  'title-repetition',
  /** A top line equal to the title the e-mail or page header states (subject, og:title) is the headline (evidence/title-score.ts). */
  'title-stated-line',
  /** Headline length and case, no sentence ending, a Markdown `# Title` (evidence/title-score.ts). */
  'title-shape',
  /** Site names and episode labels cut from a title ("… | Reuters", "…_新华网") (evidence/title-affixes.ts). */
  'title-site-affix',
  /** The site's own name or tagline is not the title (evidence/title-furniture.ts). */
  'title-site-name',
  /** A name-shaped line above the headline (an organisation's or a periodical's), or any line the header has not read above a letter's salutation, is the masthead, not a heading (stages/06-extract-header.ts). */
  'masthead',
  /** On a feed of posts, the title's post runs between the footer above it and its own; the rest is other posts' (evidence/feed-posts.ts). */
  'feed-posts',
  // Line roles (stages 04–10): furniture and headings.
  /** UI vocabulary, English and Chinese: calls to action, counters, labels, notices, language pickers (evidence/ui-vocabulary.ts). */
  'ui-vocabulary',
  /** Link-list and menu shape: `A | B | C`, rows of section names (evidence/link-list.ts). */
  'link-list',
  /** Credits: bylines, author bios, editor and photo credits, captions, contacts (evidence/credits.ts). */
  'credits',
  /** E-mail furniture in the text: confidentiality notices, "Sent from …" (evidence/email-furniture.ts). */
  'email-furniture',
  /** Site names: a short line recurring inside the page's furniture ("Subscribe to <name>") (stages/05-strip-boilerplate.ts). */
  'site-names',
  /**
   * Sponsor blocks: a sponsor's label ("Together with X", "PRESENTED BY", "A message from our partner")
   * and the short pitch under it, up to its button or the next story (stages/05-strip-boilerplate.ts).
   * Why: newsletters on every platform set paid placements apart with one of a few fixed labels;
   * the pitch under it has no words in common from one sponsor to the next, the label is the evidence.
   */
  'sponsor-blocks',
  /**
   * Blocks told by their shape over several lines: a table of contents repeating the text's
   * headings, a podcast's chapter list, a ticker over its quote, a signature under "-- ", a related
   * list's headlines under its label inside the text (evidence/page-blocks.ts, stages/05-strip-boilerplate.ts). Why: no one line of them says it is furniture; the block does.
   */
  'page-blocks',
  /** Self-describing tails: "About <publisher>" + "<publisher> is a …" (evidence/tails.ts). */
  'tails',
  /** Zones: short lines below the body's last prose, and a listing's dated entries there, are furniture (evidence/zones.ts). */
  'zones',
  /** Function-word density: what counts as body prose for the zones (evidence/function-words.ts). */
  'function-words',
  /** Heading evidence: followed by body text; numbered item headlines (and a run's next item over bullets); all-caps group labels; a live page's entry stamps; "Label: value" lines under a lead-in are a list (evidence/heading-evidence.ts). */
  'heading-evidence',
  /** Not-heading evidence: speaker turns (not a capitals "TOPIC: HEADLINE"), date lines, two sentences, edition labels (evidence/heading-evidence.ts). */
  'not-heading',
  // Across the archive (grouping/assemble-report.ts), after grouping.
  /**
   * Repetition: a short body paragraph recurring, digits masked, in 3+ different issues is a
   * tagline, promo or sign-off (grouping/recurring-lines.ts). Why: no per-file rule can tell a
   * series' own template sentence from prose; recurring in issue after issue, it tells itself.
   */
  'recurring-lines',
] as const satisfies readonly string[];

/** Whether a run weighs this kind of evidence (every kind, unless ablated). */
export function uses(ablate: readonly string[] | undefined, name: (typeof EVIDENCE)[number] | string): boolean {
  return !ablate?.includes(name);
}
