/** A file-system error in a maintainer's words ("permission denied"), else its own message. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const messages: Record<string, string> = { EACCES: 'permission denied', ELOOP: 'too many levels of symbolic links', ENOENT: 'no such file' };
  return (code && messages[code]) ?? (error as Error).message;
}
