/** Site-wide settings: change the archive's name and description here, and only here. */
export const SITE = {
  title: 'Briefing Archive',
  description: 'Weekly China policy briefings, archived week by week and searchable by section.',
};

/** Where raw briefings are read from: `BRIEFINGS_INPUT` or `content/raw/` (also when it is set but empty). */
export const INPUT_DIR = process.env.BRIEFINGS_INPUT || 'content/raw';
/** The publisher rules file. */
export const RULES_FILE = process.env.BRIEFINGS_RULES || 'content/publishers.yaml';
/** Largest raw file accepted: `BRIEFINGS_MAX_BYTES` or 5 MB. */
export const MAX_BYTES = Number(process.env.BRIEFINGS_MAX_BYTES || 5 * 1024 * 1024);
