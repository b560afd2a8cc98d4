import { DATE_SOURCE, MONTH_SOURCE } from './dates';

/**
 * Metadata lines found at the top of a briefing. Each pattern matches a whole line; named
 * groups carry the values. Generic: they describe how briefings state things, not one file.
 */
const RANGE = `(?<range>(?:${MONTH_SOURCE} )?\\d{1,2}(?: ${MONTH_SOURCE})?,?(?: \\d{4})?\\s*(?:[-–—]|to)\\s*(?:${MONTH_SOURCE} )?\\d{1,2}(?: ${MONTH_SOURCE})?,? \\d{4})`;

export const HEADER_PATTERNS = {
  /** "SwedCham China Insights for the week of February 2 - February 6, 2026" */
  seriesWeek: new RegExp(`^(?:(?<series>.{3,80}?)\\s*(?:[|:–—-]\\s*)?(?:for )?)?(?:the )?week of ${RANGE}$`, 'i'),
  /** "Beijing, 6 February 2026" */
  dateline: new RegExp(`^(?<place>\\p{Lu}[\\p{L}.'’ -]{1,40}?|[\\u4e00-\\u9fff]{2,10})\\s*[,，–—-]\\s*(?<date>${DATE_SOURCE})$`, 'u'),
  /** "2026-01-26 17:14 Last Updated At:23:37", "Published: 3 March 2026" */
  timestamp: new RegExp(
    `^(?:(?:published|posted|updated|last updated|date)(?: on| at)?:?\\s*)?(?<date>${DATE_SOURCE})(?:[ ,T|·]+\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*(?:[A-Z]{2,4}|GMT[+-]\\d+|UTC[+-]?\\d*))?(?:\\s*(?:last )?updated(?: at)?:?\\s*[\\d: -]{3,20})?$`,
    'i',
  ),
  /** "Trade Policy Bullish 8": a news card's category, sentiment and impact score. */
  categoryCard: /^(?<category>\p{Lu}[\p{L}&/ -]{2,40}?) (?<sentiment>Bullish|Bearish|Neutral|Positive|Negative|Mixed) (?<impact>\d{1,2}(?:\.\d)?)$/u,
  /** "By Jane Doe", "By Jane Doe and John Roe" */
  byline: /^[Bb]y \p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:and )?\p{Lu}[\p{L}.'’-]*){0,8}$/u,
  /** Any short header line that states a full date ("Issue 42 | 13 March 2026"). */
  datedLine: new RegExp(`^(?=.{0,80}$).*?(?<date>${DATE_SOURCE}).*$`, 'u'),
  /** E-mail headers of a forwarded message. */
  emailHeader: /^(?<field>from|to|cc|bcc|sent|date|subject|reply-to):\s*(?<value>.*)$/iu,
} as const;
