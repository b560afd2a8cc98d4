import type { z } from 'astro/zod';

/**
 * Turns a ZodError into one readable line per problem: `path: message`, where the path is
 * written the way a maintainer would look it up (`sections[2].heading`).
 */
export function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

function formatPath(path: (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}
