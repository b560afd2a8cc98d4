import type { Entity } from '../../schema';

/** Entity type labels that entity strips glue after a name ("China country"). */
const TYPES = 'country|organization|organisation|company|person|technology|place|region|city|province|agency|institution|event|product|sector';
const SENTIMENTS = 'Positive|Negative|Neutral|Mixed|Bullish|Bearish';
const TYPE_WORD = new RegExp(`^(?:${TYPES})$`);
/** "companyPositive": a type with a sentiment glued on, alone on a line. */
const GLUED_TYPE_SENTIMENT = new RegExp(`^(${TYPES})(${SENTIMENTS})$`);
/** Fewest entities that make a single line a strip rather than a phrase ("Trade country"). */
const MIN_STRIP_ENTITIES = 2;

/**
 * Parses a one-line entity strip ("China country National People's Congress organization"),
 * or returns null when the line is not made only of capitalised names each followed by a type.
 */
export function parseEntityStrip(text: string): Entity[] | null {
  if (!TYPE_WORD.test(text.slice(text.lastIndexOf(' ') + 1))) return null;
  const entities: Entity[] = [];
  let name: string[] = [];
  for (const word of text.split(' ')) {
    if (TYPE_WORD.test(word) && name.length > 0) {
      if (!/^\p{Lu}/u.test(name[0])) return null;
      entities.push({ name: name.join(' '), type: word, sentiment: null });
      name = [];
    } else {
      name.push(word);
    }
  }
  return name.length === 0 && entities.length >= MIN_STRIP_ENTITIES ? entities : null;
}

/** Parses "companyPositive" into its type and sentiment, or null. */
export function parseGluedTypeSentiment(text: string): { type: string; sentiment: string } | null {
  const match = GLUED_TYPE_SENTIMENT.exec(text);
  return match ? { type: match[1], sentiment: match[2] } : null;
}
