import { getAllIssues } from '../data/issues';
import { PublicIssueSchema } from '../schema';

/**
 * The published collection as JSON: each issue as the site shows it (see
 * src/publish/public-issue.ts), parsed once more so the file is the contract. The removed lines
 * themselves are in the maintainer's `npm run ingest --json`, not here.
 */
export async function GET() {
  const issues = (await getAllIssues()).map((issue) => PublicIssueSchema.parse(issue));
  return new Response(JSON.stringify({ issues }, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
