import { defineCollection } from 'astro:content';
import { briefingsLoader } from './loader/briefings-loader';
import { IssueSchema } from './schema';
import { readSettings } from './settings';

const settings = readSettings();

/** One collection: the validated issues, from the same folder runner as `npm run ingest`. */
const issues = defineCollection({
  loader: briefingsLoader({ input: settings.input, rules: settings.rules, maxBytes: settings.maxBytes, permalinks: settings.permalinks }),
  schema: IssueSchema,
});

export const collections = { issues };
