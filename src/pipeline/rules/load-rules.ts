import { parse as parseYaml } from 'yaml';
import { formatZodIssues, RulesFileSchema, type RulesFile } from '../../schema';

/** A rules file that cannot be used: broken configuration, so it stops the run with a hint. */
export class RulesFileError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Invalid publisher rules in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix the file (see README, "Adding a publisher") and run again.`);
    this.name = 'RulesFileError';
  }
}

/** Parses and validates the text of a rules file (YAML or JSON). Throws RulesFileError. */
export function parseRules(text: string, file: string): RulesFile {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new RulesFileError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  const result = RulesFileSchema.safeParse(raw ?? { publishers: [] });
  if (!result.success) throw new RulesFileError(file, formatZodIssues(result.error));
  return result.data;
}

/** No publisher rules at all (tests of the generic rules). */
export const NO_RULES: RulesFile = { publishers: [] };
