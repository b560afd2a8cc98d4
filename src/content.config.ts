import { defineCollection } from 'astro:content';
import { briefingsLoader } from './loader/briefings-loader';
import { IssueSchema } from './schema';
import { INPUT_DIR, MAX_BYTES, RULES_FILE } from './site-config';

/** One collection: the validated issues, from the same pipeline as `npm run ingest`. */
const issues = defineCollection({
  loader: briefingsLoader({ input: INPUT_DIR, rules: RULES_FILE, maxBytes: MAX_BYTES }),
  schema: IssueSchema,
});

export const collections = { issues };
