import { defineCollection } from 'astro:content';
import { preparedDir } from './data/prepared';
import { briefingsLoader } from './loader/briefings-loader';
import { IssueSchema } from './schema';
import { readSettings } from './settings';

const settings = readSettings();

/**
 * One collection: the validated issues, from the same folder runner as `npm run ingest`. Under
 * `npm run build` the build has ingested already and the pages read what it prepared
 * (src/data/prepared.ts), so the collection stays empty.
 */
const issues = defineCollection({
  loader: preparedDir()
    ? { name: 'prepared-by-the-build', load: async ({ store }) => store.clear() }
    : briefingsLoader({ input: settings.input, rules: settings.rules, maxBytes: settings.maxBytes, permalinks: settings.permalinks }),
  schema: IssueSchema,
});

export const collections = { issues };
