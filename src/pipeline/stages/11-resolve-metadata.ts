import type { Issue, MetadataOrigin, PublisherRule, Sidecar } from '../../schema';
import type { StatedMetadata } from '../formats';
import { isoWeekOf, parseDate } from '../text/dates';
import type { HeaderFacts } from './06-extract-header';
import { cjkShare } from '../text/line-shape';

/** Everything known about one file besides its text structure. */
export interface MetadataInputs {
  file: string;
  facts: HeaderFacts;
  blurbPublisher: string | null;
  rule: PublisherRule | null;
  sidecar: Sidecar;
  bodyText: string;
  /** A publisher the text states in a copyright line ("© 2024 X"), if any. */
  statedPublisher?: string | null;
  /** What a saved e-mail or page states in its structure (`Subject:`, `og:title`…): ranked above the text's lines. */
  stated?: StatedMetadata;
}

export type ResolvedMetadata = Pick<
  Issue,
  'date' | 'publisher' | 'series' | 'format' | 'place' | 'week' | 'isoWeek' | 'category' | 'sentiment' | 'impact' | 'tags' | 'lang'
> & { title: string | null; origin: Issue['origin']; problems: { rule: string; message: string }[] };

/** A name that says the title belongs to a periodical. */
const PERIODICAL = /\b(?:weekly|daily|monthly|quarterly|newsletter|digest|briefing|bulletin|roundup|round-up|insights?|monitor|brief|dispatch)\b/iu;
/** Share of CJK letters from which a briefing is indexed as Chinese (bilingual ones included). */
const CHINESE_SHARE = 0.1;

/**
 * Merges what the text states with a sidecar (which wins), the file name's date prefix (which
 * beats the text) and the publisher rules (which fill gaps only). Nothing is guessed: a value
 * no source gives stays null and is reported.
 */
export function resolveMetadata(input: MetadataInputs): ResolvedMetadata {
  const { facts, sidecar, rule } = input;
  const problems: ResolvedMetadata['problems'] = [];
  const pick = <T>(field: string, options: [T | null | undefined, MetadataOrigin][]): [T | null, MetadataOrigin] => {
    const given = options.filter(([value]) => value !== null && value !== undefined) as [T, MetadataOrigin][];
    const distinct = new Set(given.map(([value]) => JSON.stringify(value)));
    if (distinct.size > 1) {
      problems.push({ rule: 'metadata-conflict', message: `${field}: ${given.map(([v, o]) => `${o} says ${JSON.stringify(v)}`).join(', ')}; using the ${given[0][1]}` });
    }
    return given[0] ?? [null, 'none'];
  };

  const fileDate = /^(\d{4}-\d{2}-\d{2})(?:[-_ .]|$)/.exec(input.file.split('/').pop() ?? '')?.[1];
  const [title, titleOrigin] = pick<string>('title', [[sidecar.title, 'sidecar'], [input.stated?.title, 'text'], [facts.title, 'text']]);
  const [date, dateOrigin] = pick<string>('date', [[sidecar.date, 'sidecar'], [fileDate ? parseDate(fileDate) : null, 'filename'], [input.stated?.date, 'text'], [facts.date, 'text']]);
  // The text's own statements of its publisher, in order of how directly they name it: a blurb's
  // self-description, the e-mail's sender name, a copyright line. Only the first is weighed.
  const statedPublisher = input.blurbPublisher ?? facts.sender ?? input.statedPublisher ?? null;
  const [publisher, publisherOrigin] = pick<string>('publisher', [[sidecar.publisher, 'sidecar'], [rule?.host ? null : rule?.name, 'rule'], [input.stated?.publisher, 'text'], [statedPublisher, 'text']]);
  const [series, seriesOrigin] = pick<string>('series', [[sidecar.series, 'sidecar'], [facts.series, 'text'], [rule?.series, 'rule']]);
  const week = sidecar.week ? { ...sidecar.week, text: `${sidecar.week.start} – ${sidecar.week.end}` } : facts.week;
  const format = sidecar.format ?? (facts.series || facts.week ? 'newsletter' : rule?.format ?? (PERIODICAL.test(title ?? '') ? 'newsletter' : 'article'));
  const category = sidecar.category ?? facts.category;

  for (const message of facts.notes) problems.push({ rule: 'ambiguous-date', message });
  if (title === null) problems.push({ rule: 'missing-title', message: 'no title line found; a fallback title is shown (add "title" in a sidecar)' });
  if (date === null) problems.push({ rule: 'missing-date', message: 'no publication date stated; the issue is listed as undated (add "date" in a sidecar or a yyyy-mm-dd file-name prefix)' });

  return {
    title,
    date,
    publisher,
    series,
    format,
    place: sidecar.place ?? facts.place,
    week,
    isoWeek: date ? isoWeekOf(date) : week ? isoWeekOf(week.start) : null,
    category,
    sentiment: facts.sentiment,
    impact: facts.impact,
    tags: [...new Set([...(category ? [category] : []), ...(sidecar.tags ?? [])])],
    lang: cjkShare(input.bodyText) >= CHINESE_SHARE ? 'zh' : 'en',
    origin: { title: titleOrigin, date: dateOrigin, publisher: publisherOrigin, series: seriesOrigin },
    problems,
  };
}
