import { getAllIssues } from '../data/issues';
import { compileExactCheck, PublicIssueSchema } from '../schema';

/** Passes an issue that is already exactly the schema's output without copying it (Zod 3 copies). */
const conforms = compileExactCheck(PublicIssueSchema);

/**
 * The published collection as JSON: each issue as the site shows it (see
 * src/publish/public-issue.ts), checked once more against the schema so the file is the
 * contract. The removed lines themselves are in the maintainer's `npm run ingest --json`, not here.
 */
export async function GET() {
  const issues = (await getAllIssues()).map((issue) => (conforms(issue) ? issue : PublicIssueSchema.parse(issue)));
  return new Response(JSON.stringify({ issues }, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
