import type { Ledger } from '../text/ledger';
import { fold, mayFoldAlike } from '../text/fold';
import { isHeadingLike, isProse } from '../text/line-shape';
import { unitKey, type Unit } from './04-units';

/** An unrelated article glued after the issue's own text. */
export interface AppendedArticle {
  /** Its title when the page states one, else its first words. */
  title: string;
  firstLine: number;
  lastLine: number;
}

/** Prose this long after the end marker is an article, not a stray caption. */
const MIN_APPENDED_WORDS = 20;

/**
 * News pages repeat an article's title where it ends. Anything after such a repeat that is
 * itself prose is another article the page carried: it is cut off and reported, never merged
 * in. Other repeats of the title are removed as `repeated-title`.
 */
export function splitAppended(units: Unit[], title: string | null, ledger: Ledger): { units: Unit[]; appended: AppendedArticle | null } {
  if (title === null) return { units, appended: null };
  const titleKey = fold(title);
  const isTitle = (unit: Unit) => mayFoldAlike(unit.text, titleKey) && unitKey(unit) === titleKey;
  const firstProse = units.findIndex((unit) => isProse(unit.text));
  const end = units.findIndex((unit, i) => i > firstProse && firstProse !== -1 && isTitle(unit));
  const tail = end === -1 ? [] : units.slice(end);
  const tailProse = tail.filter((unit) => !isTitle(unit) && isProse(unit.text));
  const appendedWords = tailProse.reduce((sum, unit) => sum + unit.words, 0);

  if (end !== -1 && appendedWords >= MIN_APPENDED_WORDS) {
    for (const unit of tail) ledger.remove(unit, isTitle(unit) ? 'repeated-title' : 'appended-article');
    const rest = tail.filter((unit) => !isTitle(unit));
    return {
      units: withoutTitle(units.slice(0, end), isTitle, ledger),
      appended: { title: appendedTitle(rest), firstLine: rest[0].lines[0], lastLine: rest[rest.length - 1].lines.at(-1)! },
    };
  }
  return { units: withoutTitle(units, isTitle, ledger), appended: null };
}

function withoutTitle(units: Unit[], isTitle: (unit: Unit) => boolean, ledger: Ledger): Unit[] {
  return units.filter((unit) => {
    if (!isTitle(unit)) return true;
    ledger.remove(unit, 'repeated-title');
    return false;
  });
}

/** A heading-like line the page repeats (as it repeats titles), else the first heading-like one. */
function appendedTitle(units: Unit[]): string {
  const headings = units.filter((unit) => isHeadingLike(unit.text));
  const repeated = headings.find((unit, i) => headings.findIndex((other) => unitKey(other) === unitKey(unit)) !== i);
  const chosen = repeated ?? headings[0];
  if (chosen) return chosen.text;
  const words = units[0].text.split(' ');
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : units[0].text;
}
