import { getAllIssues } from '../data/issues';
import { IssueSchema } from '../schema';

/** The validated collection as JSON (each issue parsed once more, so the file is the contract). */
export async function GET() {
  const issues = (await getAllIssues()).map((issue) => IssueSchema.parse(issue));
  return new Response(JSON.stringify({ issues }, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
