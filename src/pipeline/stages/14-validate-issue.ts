import { compileExactCheck, formatZodIssues, IssueSchema, type Issue } from '../../schema';

/**
 * The exact check answers without copying (see compileExactCheck); only an issue it does not
 * pass goes through Zod, which words the problems (or, were a key out of order, returns the
 * issue in schema order).
 */
const issueConforms = compileExactCheck(IssueSchema);

/** Checks a parsed issue against the schema: the issue as Zod would return it, or the problems in words. */
export function validateIssue(candidate: Issue): { ok: true; issue: Issue } | { ok: false; reason: string } {
  if (issueConforms(candidate)) return { ok: true, issue: candidate };
  const parsed = IssueSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: `does not fit the issue schema: ${formatZodIssues(parsed.error).join('; ')}` };
  return { ok: true, issue: parsed.data };
}
